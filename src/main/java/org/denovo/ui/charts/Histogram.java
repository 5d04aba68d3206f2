package org.denovo.ui.charts;

/** Counts of values in equal-width bins over [min, max]; NaN values are left out. */
public record Histogram(double min, double max, int[] counts) {
    public static Histogram of(double[] values, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new Histogram(0, 1, new int[bins]);
        }
        if (hi - lo < 1e-9) {
            lo -= 0.5;
            hi += 0.5;
        }
        int[] counts = new int[bins];
        double width = (hi - lo) / bins;
        for (double v : values) {
            if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
            }
        }
        return new Histogram(lo, hi, counts);
    }

    public int maxCount() {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }
}
