package org.denovo.core.score;

import java.util.List;

/** How weighted component scores combine into one total. NaN in any component makes the total NaN. */
public enum Aggregation {
    GEOMETRIC, ARITHMETIC;

    public double combine(List<ComponentScore> scores) {
        double weights = 0;
        double acc = 0;
        for (ComponentScore s : scores) {
            if (Double.isNaN(s.score())) {
                return Double.NaN;
            }
            weights += s.weight();
        }
        if (weights <= 0) {
            return Double.NaN;
        }
        for (ComponentScore s : scores) {
            if (this == GEOMETRIC) {
                if (s.score() <= 0) {
                    return 0.0;
                }
                acc += s.weight() * Math.log(s.score());
            } else {
                acc += s.weight() * s.score();
            }
        }
        return this == GEOMETRIC ? Math.exp(acc / weights) : acc / weights;
    }
}
