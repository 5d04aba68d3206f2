package org.denovo.core.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.denovo.core.chem.Descriptor;

/** The columns molecules can be filtered and sorted by, mapped to SQL expressions of the molecule query. */
final class MoleculeColumns {
    private MoleculeColumns() {
    }

    static List<String> names() {
        List<String> names = new ArrayList<>(List.of("rank", "score", "starred", "rating", "id"));
        for (Descriptor d : Descriptor.values()) {
            names.add(d.column());
        }
        return names;
    }

    static String require(String column) {
        String c = column == null ? "" : column.strip().toLowerCase(Locale.ROOT);
        if (!names().contains(c)) {
            throw new IllegalArgumentException("unknown column '" + column + "'; use one of " + String.join(", ", names()));
        }
        return c;
    }

    /** SQL for a checked column name; {@code m} is the molecules table, {@code rm} the run membership. */
    static String sql(String column) {
        return switch (require(column)) {
            case "rank" -> "rm.rank";
            case "score" -> "rm.score";
            case "starred" -> "m.starred";
            case "rating" -> "m.rating";
            case "id" -> "m.id";
            default -> "m." + column;
        };
    }
}
