package org.denovo.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.denovo.core.chem.SafeText;
import org.denovo.core.library.Curation;
import org.denovo.core.library.ExchangeFields;

/**
 * An imported record's curation fields: {@code starred} (1 or 0), {@code rating} (0 to 5), {@code tags}
 * ({@code ;}-separated) and {@code notes}; a file with neither {@code starred} nor {@code rating} may carry the
 * older {@code star}, a rating that also stars. A value that cannot be kept is reported and left out.
 */
final class CurationFields {
    /** The fields that become curation (or the run's score) rather than being kept as the molecule's tags. */
    static final Set<String> NAMES = Set.of(ExchangeFields.STARRED, ExchangeFields.RATING, ExchangeFields.STAR,
            ExchangeFields.TAGS, ExchangeFields.NOTES, ExchangeFields.SCORE);

    private CurationFields() {
    }

    /** @param ignored told, in a few words, about each value that was not kept */
    static Curation read(Map<String, String> fields, Consumer<String> ignored) {
        List<String> tags = new ArrayList<>();
        for (String tag : fields.getOrDefault(ExchangeFields.TAGS, "").split(";")) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        boolean starred = false;
        int rating = 0;
        if (!fields.containsKey(ExchangeFields.STARRED) && !fields.containsKey(ExchangeFields.RATING)) {
            String star = fields.get(ExchangeFields.STAR);
            if (!blank(star)) {
                rating = rating(star);
                starred = rating > 0;
                if (rating < 0) {
                    ignored.accept("star '" + SafeText.of(star, 40) + "' is not a whole number from 0 to 5; no star kept");
                    rating = 0;
                }
            }
        } else {
            String rated = fields.get(ExchangeFields.RATING);
            if (!blank(rated)) {
                rating = rating(rated);
                if (rating < 0) {
                    ignored.accept("rating '" + SafeText.of(rated, 40) + "' is not a whole number from 0 to 5; "
                            + "no rating kept");
                    rating = 0;
                }
            }
            String star = fields.get(ExchangeFields.STARRED);
            if (!blank(star)) {
                switch (star.strip().toLowerCase(Locale.ROOT)) {
                    case "1", "yes", "true" -> starred = true;
                    case "0", "no", "false" -> starred = false;
                    default -> ignored.accept("starred '" + SafeText.of(star, 40) + "' is not 1 or 0; not starred");
                }
            }
        }
        return new Curation(tags, starred, rating, fields.getOrDefault(ExchangeFields.NOTES, ""));
    }

    /** A whole number from 0 to 5, or -1. */
    private static int rating(String s) {
        try {
            double r = Double.parseDouble(s.strip());
            return r >= 0 && r <= 5 && r == Math.rint(r) ? (int) r : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
