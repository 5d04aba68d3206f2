package org.denovo.core.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where an output file really goes, checked before any work starts. As {@code cp} does, a symbolic link is
 * followed and the file it points to is replaced (the link stays); a folder is never replaced or deleted. Output
 * is written to a {@code .part} file beside the target and moved over it only when complete.
 */
public final class OutputFiles {
    private static final int MAX_LINKS = 40;

    private OutputFiles() {
    }

    /** The file to replace for {@code output}: links followed; refused when it is a folder or its folder is missing. */
    public static Path target(Path output) throws IOException {
        Path target = output;
        for (int i = 0; Files.isSymbolicLink(target); i++) {
            if (i == MAX_LINKS) {
                throw new IOException("too many levels of symbolic links at " + output);
            }
            Path link = Files.readSymbolicLink(target);
            target = target.toAbsolutePath().resolveSibling(link);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(output + " is a folder; give the name of a file to write");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("output folder does not exist: " + parent);
        }
        return target;
    }

    /** The temporary file written before {@code target} is replaced. */
    public static Path partFile(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    /** Moves a complete {@code part} file over {@code target}. */
    public static void replace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw new IOException("cannot write " + target + ": " + describe(e), e);
        }
    }

    /** Opens {@code part} for writing; a failure to write names {@code target}, e.g. when the disk is full. */
    public static OutputStream open(Path part, Path target) throws IOException {
        return naming(Files.newOutputStream(part), target);
    }

    /** {@code out}, with every write failure reported as "cannot write TARGET: reason". */
    public static OutputStream naming(OutputStream out, Path target) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw failed(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw failed(e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw failed(e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    out.close();
                } catch (IOException e) {
                    throw failed(e);
                }
            }

            private IOException failed(IOException e) {
                return new IOException("cannot write " + target + ": " + describe(e), e);
            }
        };
    }

    /** A short reason for a failed write, e.g. "no space left on device". */
    public static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "a folder of that name is in the way";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
