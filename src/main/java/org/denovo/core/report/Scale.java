package org.denovo.core.report;

import java.util.ArrayList;
import java.util.List;

/** A linear map from data values to pixels, with round tick values. */
final class Scale {
    private final double min;
    private final double max;
    private final double from;
    private final double to;

    /** Maps {@code [min, max]} onto {@code [from, to]} pixels ({@code to < from} for a y axis that grows upwards). */
    Scale(double min, double max, double from, double to) {
        this.min = min;
        this.max = max > min ? max : min + 1;
        this.from = from;
        this.to = to;
    }

    /** A scale over the values' range, widened to round ticks, with a little room on both sides. */
    static Scale fitting(double lo, double hi, double from, double to) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new Scale(0, 1, from, to);
        }
        if (hi - lo < 1e-9) {
            lo -= 0.5;
            hi += 0.5;
        }
        double pad = (hi - lo) * 0.04;
        double step = step(lo - pad, hi + pad, 6);
        return new Scale(Math.floor((lo - pad) / step) * step, Math.ceil((hi + pad) / step) * step, from, to);
    }

    /** The smallest round value (1, 2, 2.5 or 5 times a power of ten) at or above {@code value}; 1 for 0 or less. */
    static double roundUp(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * power >= value * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    double at(double value) {
        return from + (value - min) / (max - min) * (to - from);
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    /** Round values from min to max, about {@code count} of them. */
    List<Double> ticks(int count) {
        double step = step(min, max, count);
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(min / step - 1e-9) * step; t <= max + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return out;
    }

    /** Decimals a tick label needs at this scale's tick spacing. */
    int decimals(int count) {
        double step = step(min, max, count);
        for (int d = 0; d < 8; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 8;
    }

    private static double step(double lo, double hi, int count) {
        double raw = (hi - lo) / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
