package org.denovo.core.work;

/** A snapshot of how far a piece of work has come. {@code total < 0} means unknown. */
public record Progress(long done, long total, String message) {
    public double fraction() {
        return total > 0 ? Math.min(1.0, (double) done / total) : -1.0;
    }
}
