package org.denovo.core.score;

/** Falls from 1 below {@code low} to 0 above {@code high} (REINVENT's reverse sigmoid). */
public record ReverseSigmoid(double low, double high, double k) implements Transform {
    @Override
    public double apply(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double exponent = k * (x - (high + low) / 2) * 10 / (high - low);
        return 1.0 / (1.0 + Math.pow(10, exponent));
    }

    @Override
    public String type() {
        return "reverse_sigmoid";
    }
}
