package org.denovo.core.run;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Counts of a generate run. {@code unique} counts valid molecules new to this run; {@code novel} those not in
 * training, or -1 when the model ships no training keys.
 */
public record GenerateSummary(long sampled, long valid, long unique, long novel, long unfinished, double seconds,
                              long seed) {
    public double validity() {
        return sampled == 0 ? 0 : (double) valid / sampled;
    }

    /** "sampled 1,000, valid 962 (96.2%), unique 958, novel 901, 4.1 s, 233 molecules/s". */
    public String describe() {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        return String.format(Locale.US, "sampled %s, valid %s (%.1f%%), unique %s, novel %s, %.1f s, %s molecules/s (seed %d)",
                n.format(sampled), n.format(valid), 100 * validity(), n.format(unique), novel < 0 ? "n/a" : n.format(novel), seconds,
                n.format(Math.round(unique / Math.max(seconds, 1e-3))), seed);
    }
}
