package org.denovo.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TransformTest {
    @Test
    void sigmoidIsHalfAtTheMidpointAndRises() {
        Sigmoid s = new Sigmoid(2, 6, 0.5);
        assertEquals(0.5, s.apply(4), 1e-12);
        assertTrue(s.apply(1) < 0.01);
        assertTrue(s.apply(7) > 0.99);
        assertTrue(Double.isNaN(s.apply(Double.NaN)));
    }

    @Test
    void reverseSigmoidMirrorsSigmoid() {
        Sigmoid up = new Sigmoid(2, 6, 0.5);
        ReverseSigmoid down = new ReverseSigmoid(2, 6, 0.5);
        for (double x = 0; x < 8; x += 0.37) {
            assertEquals(1.0, up.apply(x) + down.apply(x), 1e-12);
        }
    }

    @Test
    void doubleSigmoidIsAWindowAndNeverOverflows() {
        DoubleSigmoid w = new DoubleSigmoid(200, 500, 500, 20, 20);
        assertTrue(w.apply(350) > 0.99);
        assertTrue(w.apply(100) < 0.02);
        assertTrue(w.apply(700) < 0.02);
        assertEquals(0.5, w.apply(200), 0.01);
        assertEquals(0.5, w.apply(500), 0.01);
        assertEquals(0.0, w.apply(1e9), 1e-9);
        assertEquals(0.0, w.apply(-1e9), 1e-9);
    }

    @Test
    void windowReachesOneInsideAnyWindowWidth() {
        double[][] windows = {{0, 5, 5, 2, 2}, {0, 3, 3, 2, 2}, {200, 500, 500, 20, 20}, {250, 350, 350, 20, 20},
                {0, 1, 1, 1, 1}, {0, 5, 5, 1, 4}};
        for (double[] p : windows) {
            DoubleSigmoid w = new DoubleSigmoid(p[0], p[1], p[2], p[3], p[4]);
            double best = 0;
            for (double x = p[0]; x <= p[1]; x += (p[1] - p[0]) / 1000) {
                double y = w.apply(x);
                assertTrue(y <= 1.0, "never above 1");
                best = Math.max(best, y);
            }
            assertEquals(1.0, best, 1e-6, "maximum inside the window " + java.util.Arrays.toString(p));
        }
        DoubleSigmoid logp = new DoubleSigmoid(0, 5, 5, 2, 2);
        assertEquals(1.0, logp.apply(2.5), 1e-9, "symmetric: 1 in the middle");
        assertEquals(logp.apply(1), logp.apply(4), 1e-12);
        assertEquals(0.110, logp.apply(-2.5), 1e-3, "about a tenth, coef_div / coef_se below low");
        assertTrue(logp.apply(0) > 0.5 && logp.apply(0) < 0.7, "edge: " + logp.apply(0));
    }

    @Test
    void stepIdentityAndLinear() {
        assertEquals(1.0, new Step(1, 3).apply(3));
        assertEquals(0.0, new Step(1, 3).apply(3.0001));
        assertEquals(1.0, new ClampedIdentity().apply(1.7));
        assertEquals(0.0, new ClampedIdentity().apply(-0.2));
        PiecewiseLinear tpsa = new PiecewiseLinear(new double[] {20, 40, 90, 120}, new double[] {0, 1, 1, 0});
        assertEquals(0.0, tpsa.apply(10));
        assertEquals(0.5, tpsa.apply(30), 1e-12);
        assertEquals(1.0, tpsa.apply(60));
        assertEquals(0.5, tpsa.apply(105), 1e-12);
        assertEquals(0.0, tpsa.apply(200));
    }
}
