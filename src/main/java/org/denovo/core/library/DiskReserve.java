package org.denovo.core.library;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 1 MiB file kept next to a library and given up when the disk fills, so that the run which filled it can
 * still be recorded as failed. Best effort: where it cannot be made, nothing else changes.
 */
final class DiskReserve {
    static final long SIZE = 1L << 20;
    private final Path file;

    DiskReserve(Path library) {
        this.file = library.resolveSibling(library.getFileName() + "-reserve");
    }

    /** Makes the reserve when it is missing and the disk has room to spare. */
    void ensure() {
        try {
            if (Files.exists(file) || Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < 8 * SIZE) {
                return;
            }
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.write(new byte[(int) SIZE]); // written, not sparse, so that deleting it frees real blocks
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    /** @return true when there was a reserve to give up */
    boolean release() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }
}
