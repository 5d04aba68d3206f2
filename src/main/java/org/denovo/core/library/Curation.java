package org.denovo.core.library;

import java.util.List;

/** A molecule's curation as read from a file: tags to add, a star rating (0 = leave as is) and notes (empty = leave). */
public record Curation(List<String> tags, int star, String notes) {
    public static final Curation NONE = new Curation(List.of(), 0, "");

    public Curation {
        tags = List.copyOf(tags);
        notes = notes == null ? "" : notes;
        if (star < 0 || star > 5) {
            throw new IllegalArgumentException("stars must be 0 to 5, not " + star);
        }
    }

    public boolean isEmpty() {
        return tags.isEmpty() && star == 0 && notes.isBlank();
    }
}
