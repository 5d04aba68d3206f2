package org.denovo.core.score;

/**
 * A window: about 1 between {@code low} and {@code high}, falling off outside (REINVENT's double sigmoid,
 * written as the difference of two logistic curves so large values cannot overflow).
 */
public record DoubleSigmoid(double low, double high, double coefDiv, double coefSi, double coefSe) implements Transform {
    @Override
    public double apply(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double rising = 1.0 / (1.0 + Math.pow(10, coefSe * (low - x) / coefDiv));
        double falling = 1.0 / (1.0 + Math.pow(10, coefSi * (high - x) / coefDiv));
        return Math.max(0.0, Math.min(1.0, rising - falling));
    }

    @Override
    public String type() {
        return "double_sigmoid";
    }
}
