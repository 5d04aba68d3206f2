package org.denovo.core.library;

import java.util.Locale;

/** What produced a run. Stored by its lower-case name. */
public enum RunKind {
    GENERATE, SCORE, IMPORT, OPTIMIZE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
