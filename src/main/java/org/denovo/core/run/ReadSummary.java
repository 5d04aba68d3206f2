package org.denovo.core.run;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts of a run over an input file. */
public record ReadSummary(long read, long skipped, long duplicates, long filtered, long written, double seconds) {
    /** "9,998 read, 2 skipped (see above), 9,998 written in 3.1 s (3,225/s)". */
    public String describe() {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        StringBuilder s = new StringBuilder();
        s.append(n.format(read - skipped)).append(" read, ").append(n.format(skipped)).append(" skipped");
        if (skipped > 0) {
            s.append(" (see above)");
        }
        if (duplicates > 0) {
            s.append(", ").append(n.format(duplicates)).append(" duplicates merged");
        }
        if (filtered > 0) {
            s.append(", ").append(n.format(filtered)).append(" filtered");
        }
        s.append(", ").append(n.format(written)).append(" written in ")
                .append(String.format(Locale.US, "%.1f s (%s/s)", seconds, n.format(Math.round(read / Math.max(seconds, 1e-3)))));
        return s.toString();
    }
}
