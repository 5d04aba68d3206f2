package org.denovo.core.score;

/** Maps a component's raw value to a desirability in [0, 1]. NaN stays NaN. */
public sealed interface Transform
        permits Sigmoid, ReverseSigmoid, DoubleSigmoid, Step, ClampedIdentity, PiecewiseLinear {
    double apply(double raw);

    /** The name used in profile files. */
    String type();
}
