package org.denovo.core.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Reads a transform from its profile JSON. */
public final class Transforms {
    public static final String KNOWN = "sigmoid, reverse_sigmoid, double_sigmoid, step, identity, linear";

    private Transforms() {
    }

    public static Transform parse(Spec spec) throws ProfileException {
        String type = spec.string("type");
        switch (type) {
            case "sigmoid", "reverse_sigmoid" -> {
                spec.allowOnly(Set.of("type", "low", "high", "k"));
                double low = spec.number("low");
                double high = spec.number("high");
                if (!(high > low)) {
                    throw spec.error(type + ": \"high\" (" + high + ") must be greater than \"low\" (" + low + ")");
                }
                double k = spec.number("k", 0.5);
                return type.equals("sigmoid") ? new Sigmoid(low, high, k) : new ReverseSigmoid(low, high, k);
            }
            case "double_sigmoid" -> {
                spec.allowOnly(Set.of("type", "low", "high", "coef_div", "coef_si", "coef_se"));
                double low = spec.number("low");
                double high = spec.number("high");
                if (!(high > low)) {
                    throw spec.error("double_sigmoid: \"high\" must be greater than \"low\"");
                }
                double div = spec.number("coef_div", Math.max(1.0, high));
                if (div <= 0) {
                    throw spec.error("double_sigmoid: \"coef_div\" must be positive");
                }
                double si = spec.number("coef_si", 10);
                double se = spec.number("coef_se", 10);
                if (!(si > 0) || !(se > 0) || Double.isInfinite(si) || Double.isInfinite(se)) {
                    throw spec.error("double_sigmoid: \"coef_si\" and \"coef_se\" (the steepness above and below the "
                            + "window) must be positive");
                }
                return new DoubleSigmoid(low, high, div, si, se);
            }
            case "step" -> {
                spec.allowOnly(Set.of("type", "low", "high"));
                double low = spec.number("low", Double.NEGATIVE_INFINITY);
                double high = spec.number("high", Double.POSITIVE_INFINITY);
                if (!(high >= low)) {
                    throw spec.error("step: \"high\" (" + high + ") must be greater than or equal to \"low\" (" + low + ")");
                }
                return new Step(low, high);
            }
            case "identity" -> {
                spec.allowOnly(Set.of("type"));
                return new ClampedIdentity();
            }
            case "linear" -> {
                spec.allowOnly(Set.of("type", "points"));
                JsonNode points = spec.node().get("points");
                if (points == null || !points.isArray() || points.size() < 2) {
                    throw spec.error("linear: \"points\" must be a list of at least two [x, y] pairs");
                }
                double[] xs = new double[points.size()];
                double[] ys = new double[points.size()];
                for (int i = 0; i < points.size(); i++) {
                    JsonNode p = points.get(i);
                    if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                        throw spec.error("linear: point " + (i + 1) + " must be [x, y], got " + p);
                    }
                    xs[i] = p.get(0).asDouble();
                    ys[i] = p.get(1).asDouble();
                }
                try {
                    return new PiecewiseLinear(xs, ys);
                } catch (IllegalArgumentException e) {
                    throw spec.error("linear: " + e.getMessage());
                }
            }
            default -> throw spec.error("unknown transform \"" + type + "\"; known transforms: " + KNOWN);
        }
    }
}
