package org.denovo.core.score;

import java.util.Objects;

/**
 * A window: REINVENT's double sigmoid (a logistic rise at {@code low} minus a logistic rise at {@code high}), divided
 * by its highest value inside [low, high] so that the best point of the window scores exactly 1 for any width and
 * steepness (ADR 0016). Below {@code low} the curve falls to a tenth of its peak within {@code coefDiv / coefSe}, above
 * {@code high} within {@code coefDiv / coefSi}. Written as the difference of two logistic curves so large values cannot
 * overflow.
 */
public final class DoubleSigmoid implements Transform {
    private final double low;
    private final double high;
    private final double coefDiv;
    private final double coefSi;
    private final double coefSe;
    private final double peak;

    public DoubleSigmoid(double low, double high, double coefDiv, double coefSi, double coefSe) {
        this.low = low;
        this.high = high;
        this.coefDiv = coefDiv;
        this.coefSi = coefSi;
        this.coefSe = coefSe;
        this.peak = highestInWindow();
    }

    @Override
    public double apply(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return Math.max(0.0, Math.min(1.0, unscaled(x) / peak));
    }

    /** REINVENT's double sigmoid as published: below 1 in the middle of narrow or gently sloped windows. */
    double unscaled(double x) {
        double rising = 1.0 / (1.0 + Math.pow(10, coefSe * (low - x) / coefDiv));
        double falling = 1.0 / (1.0 + Math.pow(10, coefSi * (high - x) / coefDiv));
        return rising - falling;
    }

    /**
     * The curve's maximum over [low, high]. There its slope only decreases (the rise flattens, the fall steepens), so
     * the maximum is where the slope changes sign: the middle when both sides are equally steep, else found by bisection.
     */
    private double highestInWindow() {
        if (coefSi == coefSe) {
            return Math.max(Double.MIN_NORMAL, unscaled((low + high) / 2));
        }
        double a = low;
        double b = high;
        for (int i = 0; i < 200 && b - a > 1e-12 * Math.max(1.0, Math.abs(a) + Math.abs(b)); i++) {
            double m = (a + b) / 2;
            double h = 1e-7 * Math.max(1.0, high - low);
            if (unscaled(m + h) > unscaled(m - h)) {
                a = m;
            } else {
                b = m;
            }
        }
        return Math.max(Double.MIN_NORMAL, unscaled((a + b) / 2));
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    public double coefDiv() {
        return coefDiv;
    }

    public double coefSi() {
        return coefSi;
    }

    public double coefSe() {
        return coefSe;
    }

    @Override
    public String type() {
        return "double_sigmoid";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DoubleSigmoid w && Double.compare(low, w.low) == 0 && Double.compare(high, w.high) == 0
                && Double.compare(coefDiv, w.coefDiv) == 0 && Double.compare(coefSi, w.coefSi) == 0
                && Double.compare(coefSe, w.coefSe) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(low, high, coefDiv, coefSi, coefSe);
    }

    @Override
    public String toString() {
        return "DoubleSigmoid[low=" + low + ", high=" + high + ", coefDiv=" + coefDiv + ", coefSi=" + coefSi
                + ", coefSe=" + coefSe + "]";
    }
}
