package org.denovo.core.score;

/** The raw value itself, clamped to [0, 1]; for components that already are desirabilities, such as QED. */
public record ClampedIdentity() implements Transform {
    @Override
    public double apply(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return Math.max(0.0, Math.min(1.0, x));
    }

    @Override
    public String type() {
        return "identity";
    }
}
