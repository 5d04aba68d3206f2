package org.denovo.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expected values from scipy.stats.ks_2samp(a, b).statistic. */
class KolmogorovSmirnovTest {

    @Test
    void matchesScipyWithTiesAndDisjointSamples() {
        assertEquals(0.5, KolmogorovSmirnov.distance(new double[] {1, 2, 3}, new double[] {2, 3, 4, 5}), 1e-12);
        assertEquals(1.0 / 3, KolmogorovSmirnov.distance(new double[] {1, 1, 2, 2, 3}, new double[] {1, 2, 2, 2, 9, 10}), 1e-12);
        assertEquals(1.0, KolmogorovSmirnov.distance(new double[] {0.5, 1.5}, new double[] {3, 4}), 1e-12);
        assertEquals(0.0, KolmogorovSmirnov.distance(new double[] {3, 1, 2}, new double[] {2, 3, 1}), 1e-12);
    }

    @Test
    void emptySampleIsNaN() {
        assertTrue(Double.isNaN(KolmogorovSmirnov.distance(new double[0], new double[] {1})));
    }
}
