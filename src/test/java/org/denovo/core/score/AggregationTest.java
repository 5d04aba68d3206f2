package org.denovo.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AggregationTest {
    private static ComponentScore c(double score, double weight) {
        return new ComponentScore("c", score, score, weight);
    }

    @Test
    void weightedMeans() {
        List<ComponentScore> s = List.of(c(0.25, 1), c(1.0, 1));
        assertEquals(0.5, Aggregation.GEOMETRIC.combine(s), 1e-12);
        assertEquals(0.625, Aggregation.ARITHMETIC.combine(s), 1e-12);
        List<ComponentScore> weighted = List.of(c(0.5, 3), c(1.0, 1));
        assertEquals(0.625, Aggregation.ARITHMETIC.combine(weighted), 1e-12);
        assertEquals(Math.pow(0.5, 0.75), Aggregation.GEOMETRIC.combine(weighted), 1e-12);
    }

    @Test
    void zeroSinksGeometricMeanAndNanPropagates() {
        assertEquals(0.0, Aggregation.GEOMETRIC.combine(List.of(c(0, 1), c(1, 1))));
        assertTrue(Double.isNaN(Aggregation.GEOMETRIC.combine(List.of(c(Double.NaN, 1), c(1, 1)))));
        assertTrue(Double.isNaN(Aggregation.ARITHMETIC.combine(List.of(c(Double.NaN, 1), c(1, 1)))));
    }
}
