package org.denovo.core.score;

/** 1 inside [low, high], else 0. */
public record Step(double low, double high) implements Transform {
    @Override
    public double apply(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x >= low && x <= high ? 1.0 : 0.0;
    }

    @Override
    public String type() {
        return "step";
    }
}
