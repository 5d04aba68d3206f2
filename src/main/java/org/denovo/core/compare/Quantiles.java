package org.denovo.core.compare;

import java.util.Arrays;

/** Medians and quantiles of plain numbers (NaN left out). */
final class Quantiles {
    private Quantiles() {
    }

    /** The finite values, sorted. */
    static double[] sorted(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    }

    /** Linear interpolation between closest ranks (numpy's default); NaN for no values. */
    static double of(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    static double median(double[] values) {
        return of(sorted(values), 0.5);
    }

    static double mean(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).max().orElse(Double.NaN);
    }
}
