package org.denovo.core.library;

import java.util.Locale;

/** A run's state. Only a live writing process keeps a run {@code RUNNING}; see {@link Library#open}. */
public enum RunStatus {
    RUNNING, FINISHED, INTERRUPTED, CANCELLED, FAILED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
