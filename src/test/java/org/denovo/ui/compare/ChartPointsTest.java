package org.denovo.ui.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.denovo.core.compare.Distribution;
import org.denovo.core.compare.Measure;
import org.denovo.core.compare.Point;
import org.denovo.core.compare.PrincipalComponents;
import org.junit.jupiter.api.Test;

/** The shapes the comparison's charts draw, worked out by hand. */
class ChartPointsTest {
    @Test
    void aHistogramIsAStepOutlineInPercentOfTheRun() {
        // QED spans 0-1 on bins of 0.05: two of four values in [0.10, 0.15), one in [0.50, 0.55), one in the last bin
        Distribution d = Distribution.of(Measure.QED, List.of(new double[] {0.11, 0.12, 0.51, 1.0}, new double[0]));
        List<Point> outline = ChartPoints.histogram(d, 0);
        int bins = d.edges().size() - 1;
        assertEquals(2 * bins + 2, outline.size(), "up and down at the ends, two corners per bar");
        assertEquals(new Point(0, 0, ""), outline.get(0));
        assertEquals(new Point(1, 0, ""), outline.get(outline.size() - 1));
        assertEquals(50.0, outline.get(1 + 2 * 2).y(), 1e-9, "the bar from 0.10: two of four values");
        assertEquals(0.10, outline.get(1 + 2 * 2).x(), 1e-9);
        assertEquals(25.0, outline.get(1 + 2 * 10).y(), 1e-9);
        assertEquals(50.0, ChartPoints.highestPercent(d), 1e-9);
        assertEquals(List.of(), ChartPoints.histogram(d, 1), "a run without values draws nothing");
    }

    @Test
    void aParetoFrontIsDrawnAsTheStaircaseItGuarantees() {
        List<Point> front = List.of(new Point(0.2, 0.9, "a"), new Point(0.5, 0.7, "b"), new Point(0.8, 0.3, "c"));
        assertEquals(List.of(new Point(0.2, 0.9, "a"), new Point(0.2, 0.7, ""), new Point(0.5, 0.7, "b"),
                new Point(0.5, 0.3, ""), new Point(0.8, 0.3, "c")), ChartPoints.staircase(front));
        assertEquals(List.of(), ChartPoints.staircase(List.of()));
    }

    @Test
    void theBulkOfAMapLeavesOutliersOut() {
        double[] values = new double[1001];
        for (int i = 0; i < 1000; i++) {
            values[i] = i / 999.0;
        }
        values[1000] = 500; // one far outlier
        double[] range = ChartPoints.bulk(values, 0.99);
        assertTrue(range[0] > 0 && range[0] < 0.01, "from " + range[0]);
        assertTrue(range[1] > 0.99 && range[1] < 1.0, "to " + range[1]);
        assertArrayEquals(new double[] {3, 3}, ChartPoints.bulk(new double[] {3, Double.NaN}, 0.99));
        assertTrue(Double.isNaN(ChartPoints.bulk(new double[0], 0.99)[0]));
    }

    @Test
    void roundTicksAndTheMapsAxesInWords() {
        assertEquals(0.1, ChartAxes.niceStep(0.09), 1e-12);
        assertEquals(2.5, ChartAxes.niceStep(2.1), 1e-12);
        assertEquals(50, ChartAxes.niceStep(41), 1e-12);
        PrincipalComponents pca = new PrincipalComponents(List.of("mol_weight", "fsp3", "qed", "rings"),
                List.of(0.0, 0.0, 0.0, 0.0), List.of(1.0, 1.0, 1.0, 1.0),
                List.of(List.of(0.6, -0.1, -0.5, 0.4), List.of(0.1, 0.9, 0.0, -0.2)), List.of(0.4, 0.3), 10);
        assertEquals("PC1: MW +0.60, QED -0.50, rings +0.40", MapAxes.describe(pca, 0));
        assertEquals("PC2: Fsp3 +0.90, rings -0.20, MW +0.10", MapAxes.describe(pca, 1));
        assertEquals("", MapAxes.describe(pca, 2));
        assertEquals("PC1 (40 % of the variance)", ChemicalSpaceChart.axisLabel(pca, 0));
    }
}
