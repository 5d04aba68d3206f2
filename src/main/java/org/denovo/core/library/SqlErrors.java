package org.denovo.core.library;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns SQLite failures into one readable sentence; the transaction in flight has been rolled back. */
final class SqlErrors {
    private SqlErrors() {
    }

    static LibraryException describe(Path file, String action, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String what = switch (code) {
            case 5, 6 -> "the library is busy: another DeNovo process is using " + file + "; try again when it has finished";
            case 8 -> "the library " + file + " is read-only";
            case 13 -> fullDiskMessage(file);
            case 10 -> nearlyFull(file) ? fullDiskMessage(file) : "a disk error occurred on " + file + "; nothing from this step was saved";
            case 14 -> "cannot open " + file + " or its journal files";
            case 11, 26 -> file + " is damaged or not a DeNovo library";
            default -> "library error on " + file + ": " + firstLine(e.getMessage());
        };
        return new LibraryException("cannot " + action + ": " + what, e);
    }

    /** Whether {@code e} means the disk holding the library is full. */
    static boolean diskFull(Path file, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == 13 || (code == 10 && nearlyFull(file));
    }

    private static String fullDiskMessage(Path file) {
        return "the disk is full; nothing from this step was saved and the existing data in " + file + " is intact";
    }

    /** Under 1 MiB free where the library lives: SQLite's journal and shared-memory files cannot grow. */
    private static boolean nearlyFull(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            return folder != null && java.nio.file.Files.getFileStore(folder).getUsableSpace() < (1L << 20);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "unknown";
        }
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
