package org.denovo.core.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks made on the file itself before SQLite touches it, so a file that is not ours is never written. */
final class LibraryFile {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private LibraryFile() {
    }

    /** Even root (who may write anything) should respect a library the owner made read-only. */
    private static boolean ownerCannotWrite(Path file) throws IOException {
        try {
            return !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** @return true when the file does not exist yet or is empty (a new library) */
    static boolean checkBeforeOpen(Path file) throws LibraryException {
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.exists(file)) {
            if (parent == null || !Files.isDirectory(parent)) {
                throw new LibraryException("cannot create the library " + file + ": folder " + parent + " does not exist");
            }
            if (!Files.isWritable(parent)) {
                throw new LibraryException("cannot create the library " + file + ": folder " + parent + " is read-only");
            }
            return true;
        }
        if (!Files.isRegularFile(file)) {
            throw new LibraryException(file + " is not a file");
        }
        try {
            if (Files.size(file) > 0) {
                byte[] head = new byte[SQLITE_HEADER.length];
                int n;
                try (InputStream in = Files.newInputStream(file)) {
                    n = in.readNBytes(head, 0, head.length);
                }
                if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                    throw new LibraryException(file + " is not a DeNovo library (not an SQLite database); it was left unchanged");
                }
            }
            if (!Files.isWritable(file) || ownerCannotWrite(file)) {
                throw new LibraryException("the library " + file + " is read-only; make it writable or pass another file with --db");
            }
            if (parent != null && !Files.isWritable(parent)) {
                throw new LibraryException("the folder of the library " + file + " is read-only (SQLite needs to write its journal there)");
            }
            return Files.size(file) == 0;
        } catch (LibraryException e) {
            throw e;
        } catch (IOException e) {
            throw new LibraryException("cannot read the library " + file + ": " + e.getMessage(), e);
        }
    }

    /** Checks before opening an existing library for reading only: it must exist and look like SQLite. */
    static void checkBeforeReading(Path file) throws LibraryException {
        if (!Files.exists(file)) {
            throw new LibraryException("no library at " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new LibraryException(file + " is not a file");
        }
        try {
            byte[] head = new byte[SQLITE_HEADER.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n == 0) {
                throw new LibraryException(file + " is an empty file, not a library");
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new LibraryException(file + " is not a DeNovo library (not an SQLite database); it was left unchanged");
            }
        } catch (LibraryException e) {
            throw e;
        } catch (IOException e) {
            throw new LibraryException("cannot read the library " + file + ": " + e.getMessage(), e);
        }
    }
}
