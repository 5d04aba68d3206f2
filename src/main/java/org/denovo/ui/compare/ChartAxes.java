package org.denovo.ui.compare;

import javafx.scene.chart.NumberAxis;

/** Number axes with fixed, round ranges, so that charts of the same measure read the same in every comparison. */
public final class ChartAxes {
    /** Ticks an axis aims for. */
    private static final int TICKS = 6;

    private ChartAxes() {
    }

    /** An axis from {@code lo} to {@code hi} with round ticks. */
    public static NumberAxis fixed(NumberAxis axis, double lo, double hi) {
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        axis.setAutoRanging(false);
        axis.setLowerBound(lo);
        axis.setUpperBound(hi);
        axis.setTickUnit(niceStep((hi - lo) / TICKS));
        axis.setMinorTickVisible(false);
        return axis;
    }

    /** An axis around {@code lo}..{@code hi} with a margin of 5 % on each side, widened to round ticks. */
    public static NumberAxis around(NumberAxis axis, double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return fixed(axis, 0, 1);
        }
        double margin = hi > lo ? (hi - lo) * 0.05 : 0.5;
        double step = niceStep((hi - lo + 2 * margin) / TICKS);
        return fixed(axis, Math.floor((lo - margin) / step) * step, Math.ceil((hi + margin) / step) * step);
    }

    /** An axis for a value from 0 to 1 (a score, a similarity, QED), ticked every 0.2. */
    public static NumberAxis unit(NumberAxis axis) {
        fixed(axis, 0, 1);
        axis.setTickUnit(0.2);
        return axis;
    }

    /** An axis from 0 to a round number at or above {@code top} (to 1 when {@code top} is not positive). */
    public static NumberAxis fromZero(NumberAxis axis, double top) {
        if (!(top > 0) || !Double.isFinite(top)) {
            return fixed(axis, 0, 1);
        }
        double step = niceStep(top / TICKS);
        return fixed(axis, 0, Math.ceil(top / step - 1e-9) * step);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
    public static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * power >= raw * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
