package org.denovo.core.metrics;

import java.util.Arrays;

/** The two-sample Kolmogorov-Smirnov distance: the largest gap between two empirical CDFs (scipy's ks_2samp statistic). */
public final class KolmogorovSmirnov {
    private KolmogorovSmirnov() {
    }

    /** NaN if either sample is empty; NaN values are ignored. */
    public static double distance(double[] first, double[] second) {
        double[] a = finiteSorted(first);
        double[] b = finiteSorted(second);
        if (a.length == 0 || b.length == 0) {
            return Double.NaN;
        }
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < a.length && j < b.length) {
            double x = Math.min(a[i], b[j]);
            while (i < a.length && a[i] <= x) {
                i++;
            }
            while (j < b.length && b[j] <= x) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / a.length - (double) j / b.length));
        }
        return d;
    }

    private static double[] finiteSorted(double[] values) {
        double[] out = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(out);
        return out;
    }
}
