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
            case 13 -> "the disk is full; nothing from this step was saved and the existing data in " + file + " is intact";
            case 10 -> "a disk error occurred on " + file + "; nothing from this step was saved";
            case 11, 26 -> file + " is damaged or not a DeNovo library";
            default -> "library error on " + file + ": " + firstLine(e.getMessage());
        };
        return new LibraryException("cannot " + action + ": " + what, e);
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "unknown";
        }
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
