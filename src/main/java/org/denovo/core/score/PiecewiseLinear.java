package org.denovo.core.score;

import java.util.Arrays;

/** Straight lines between (x, y) points sorted by x, flat beyond the ends; as in CNS MPO desirability functions. */
public record PiecewiseLinear(double[] xs, double[] ys) implements Transform {
    public PiecewiseLinear {
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("needs at least two [x, y] points");
        }
        for (int i = 1; i < xs.length; i++) {
            if (xs[i] < xs[i - 1]) {
                throw new IllegalArgumentException("points must be sorted by x");
            }
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    @Override
    public double apply(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= xs[0]) {
            return ys[0];
        }
        for (int i = 1; i < xs.length; i++) {
            if (x <= xs[i]) {
                double t = xs[i] == xs[i - 1] ? 1 : (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
                return ys[i - 1] + t * (ys[i] - ys[i - 1]);
            }
        }
        return ys[ys.length - 1];
    }

    @Override
    public String type() {
        return "linear";
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PiecewiseLinear p && Arrays.equals(xs, p.xs) && Arrays.equals(ys, p.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }
}
