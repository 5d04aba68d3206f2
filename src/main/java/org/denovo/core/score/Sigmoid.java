package org.denovo.core.score;

/** Rises from 0 below {@code low} to 1 above {@code high}; {@code k} sets the steepness (REINVENT's sigmoid). */
public record Sigmoid(double low, double high, double k) implements Transform {
    @Override
    public double apply(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double exponent = k * ((high + low) / 2 - x) * 10 / (high - low);
        return 1.0 / (1.0 + Math.pow(10, exponent));
    }

    @Override
    public String type() {
        return "sigmoid";
    }
}
