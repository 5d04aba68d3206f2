package org.denovo.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The numerical pieces of a comparison: Pareto fronts, the eigen solver behind the PCA, sampling and binning. */
class ComparisonMathTest {
    private static Point p(double x, double y, String name) {
        return new Point(x, y, name);
    }

    @Test
    void theParetoFrontKeepsWhatNothingBeatsOnBothAxes() {
        List<Point> points = List.of(p(0.2, 0.9, "a"), p(0.5, 0.7, "b"), p(0.5, 0.6, "c"), p(0.4, 0.7, "d"),
                p(0.9, 0.3, "e"), p(0.1, 0.2, "f"), p(0.9, 0.3, "g"), p(Double.NaN, 1.0, "h"));
        // c is beaten by b (same x, lower y), d by b (lower x, same y), f by a; e and g are equal: one is kept
        List<String> front = ParetoFront.of(points).stream().map(Point::smiles).toList();
        assertEquals(List.of("a", "b", "e"), front);
        assertEquals(List.of(), ParetoFront.of(List.of()));
        assertEquals(List.of("x"), ParetoFront.of(List.of(p(1, 1, "x"), p(0.5, 0.5, "y"))).stream().map(Point::smiles).toList());
    }

    @Test
    void jacobiFindsEigenvaluesAndOrthonormalEigenvectors() {
        SymmetricEigen two = SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}});
        assertEquals(3, two.values()[0], 1e-12);
        assertEquals(1, two.values()[1], 1e-12);
        assertEquals(Math.abs(two.vector(0)[0]), Math.sqrt(0.5), 1e-12);

        Random random = new Random(11);
        int n = 8;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = a[j][i] = random.nextGaussian();
            }
        }
        SymmetricEigen e = SymmetricEigen.of(a);
        double[] values = e.values();
        for (int k = 0; k < n; k++) {
            double[] v = e.vector(k);
            for (int i = 0; i < n; i++) { // A v = λ v
                double av = 0;
                for (int j = 0; j < n; j++) {
                    av += a[i][j] * v[j];
                }
                assertEquals(values[k] * v[i], av, 1e-9);
            }
            for (int m = 0; m < n; m++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += v[i] * e.vector(m)[i];
                }
                assertEquals(k == m ? 1 : 0, dot, 1e-9);
            }
            assertTrue(k == 0 || values[k] <= values[k - 1]);
        }
        double trace = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            trace += a[i][i];
            sum += values[i];
        }
        assertEquals(trace, sum, 1e-9);
    }

    @Test
    void pcaOfTwoCorrelatedDescriptorsAndOneNoiseFindsTheSharedDirectionFirst() {
        Random random = new Random(3);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            double t = random.nextGaussian();
            // a and b move together (b in other units), c is independent noise
            rows.add(new double[] {10 + t, 300 + 100 * t + random.nextGaussian() * 1e-3, random.nextGaussian()});
        }
        PrincipalComponents pca = PrincipalComponents.fit(List.of("a", "b", "c"), rows);
        List<Double> first = pca.loadings().get(0);
        assertEquals(Math.sqrt(0.5), first.get(0), 1e-3); // standardised: equal weights, largest made positive
        assertEquals(Math.sqrt(0.5), first.get(1), 1e-3);
        assertEquals(0, first.get(2), 0.1);
        assertEquals(2.0 / 3, pca.explained().get(0), 0.05);
        assertEquals(1.0, Math.abs(pca.loadings().get(1).get(2)), 0.01);
        double[] xy = pca.project(new double[] {pca.means().get(0), pca.means().get(1), pca.means().get(2)});
        assertEquals(0, xy[0], 1e-9); // the mean sits at the origin
        assertEquals(0, xy[1], 1e-9);
    }

    @Test
    void theStableSampleDoesNotDependOnOrder() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            items.add("C".repeat(1 + i % 7) + "O" + i);
        }
        List<String> sample = StableSample.of(items, 1000, s -> s);
        List<String> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(5));
        List<String> again = new ArrayList<>(StableSample.of(shuffled, 1000, s -> s));
        assertEquals(1000, sample.size());
        assertEquals(new java.util.HashSet<>(sample), new java.util.HashSet<>(again));
        assertEquals(items.subList(0, 10), StableSample.of(items.subList(0, 10), 1000, s -> s));
    }

    @Test
    void histogramsShareBinsAndCountEveryValueOnce() {
        Distribution score = Distribution.of(Measure.SCORE, List.of(new double[] {0.02, 0.33, 1.0, Double.NaN},
                new double[] {0.5}));
        assertEquals(21, score.edges().size()); // 0 to 1 in steps of 0.05
        assertEquals(0.05, score.edges().get(1), 1e-12);
        assertEquals(3, score.counts().get(0).stream().mapToInt(Integer::intValue).sum());
        assertEquals(1, score.counts().get(0).get(0)); // 0.02
        assertEquals(1, score.counts().get(0).get(6)); // 0.33
        assertEquals(1, score.counts().get(0).get(19)); // 1.0 falls in the last bin
        assertEquals(new Distribution.Summary(3, (0.02 + 0.33 + 1.0) / 3, 0.33), score.runs().get(0));

        double[] weights = new double[1000];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 200 + 0.3 * i;
        }
        weights[0] = 5000; // an outlier does not stretch the bins; it is counted in the last one
        Distribution mw = Distribution.of(Measure.MOL_WEIGHT, List.of(weights, new double[] {250, 260}));
        List<Double> e = mw.edges();
        assertTrue(e.get(e.size() - 1) < 600, e.toString());
        assertEquals(1000, mw.counts().get(0).stream().mapToInt(Integer::intValue).sum());
        assertEquals(2, mw.counts().get(1).stream().mapToInt(Integer::intValue).sum());
        double step = e.get(1) - e.get(0);
        assertTrue(step == 10 || step == 20 || step == 25 || step == 5, "a round bin width: " + step);
    }
}
