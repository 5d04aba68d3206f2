package org.denovo.core.library;

import java.util.List;

/**
 * A molecule's curation as read from a file: tags to add, a star (false = leave as is), a rating from 1 to 5
 * (0 = leave as is) and notes (empty = leave).
 */
public record Curation(List<String> tags, boolean starred, int rating, String notes) {
    public static final Curation NONE = new Curation(List.of(), false, 0, "");

    public Curation {
        tags = List.copyOf(tags);
        notes = notes == null ? "" : notes;
        Library.requireRating(rating);
    }

    public boolean isEmpty() {
        return tags.isEmpty() && !starred && rating == 0 && notes.isBlank();
    }
}
