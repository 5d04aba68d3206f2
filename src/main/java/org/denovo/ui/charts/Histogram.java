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

    /** Counts of the values {@code keep} marks, on this histogram's bins. */
    public int[] countsOf(double[] values, boolean[] keep) {
        int[] c = new int[counts.length];
        double width = (max - min) / counts.length;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (keep[i] && Double.isFinite(v) && v >= min && v <= max) {
                c[Math.min(counts.length - 1, (int) ((v - min) / width))]++;
            }
        }
        return c;
    }

    /** A tick's label with as many decimals as the ticks' spacing needs. */
    public static String tickLabel(double value, double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : Math.abs(value);
        int decimals = 0;
        while (decimals < 4 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }

    /** About {@code n} round tick values within [min, max]. */
    public static double[] ticks(double min, double max, int n) {
        double raw = (max - min) / Math.max(1, n);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = power;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw) {
                step = m * power;
                break;
            }
        }
        java.util.List<Double> out = new java.util.ArrayList<>();
        for (double t = Math.ceil(min / step) * step; t <= max + 1e-9 * step; t += step) {
            out.add(Math.abs(t) < 1e-12 ? 0 : t);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public int maxCount() {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }
}
