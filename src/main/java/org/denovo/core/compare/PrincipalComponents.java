package org.denovo.core.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A two-component PCA of standardised descriptors: each descriptor is centred on its mean and divided by its standard
 * deviation over every row fitted (so that weight in daltons and ring counts weigh alike), and the two directions of
 * largest variance of the result are the map's axes.
 *
 * @param descriptors names of the descriptors, in column order
 * @param means       the mean of each descriptor over the fitted rows
 * @param scales      the standard deviation of each (1 where it was 0, so a constant column adds nothing)
 * @param loadings    per component, the unit direction over the standardised descriptors; its largest element is
 *                    positive, so the map does not flip between runs of the code
 * @param explained   per component, its share of the total variance
 * @param rows        how many rows were fitted
 */
public record PrincipalComponents(List<String> descriptors, List<Double> means, List<Double> scales,
                                  List<List<Double>> loadings, List<Double> explained, int rows) {
    public static final int COMPONENTS = 2;

    public PrincipalComponents {
        descriptors = List.copyOf(descriptors);
        means = List.copyOf(means);
        scales = List.copyOf(scales);
        loadings = loadings.stream().map(List::copyOf).toList();
        explained = List.copyOf(explained);
    }

    /** Fits the map to {@code rows} (one array of descriptor values per molecule, all finite). */
    public static PrincipalComponents fit(List<String> descriptors, List<double[]> rows) {
        int p = descriptors.size();
        int n = rows.size();
        double[] mean = new double[p];
        for (double[] r : rows) {
            for (int j = 0; j < p; j++) {
                mean[j] += r[j] / n;
            }
        }
        double[] scale = new double[p];
        for (double[] r : rows) {
            for (int j = 0; j < p; j++) {
                scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]);
            }
        }
        for (int j = 0; j < p; j++) {
            double sd = n > 1 ? Math.sqrt(scale[j] / (n - 1)) : 0;
            scale[j] = sd > 1e-12 ? sd : 1;
        }
        double[][] covariance = new double[p][p];
        double[] z = new double[p];
        for (double[] r : rows) {
            for (int j = 0; j < p; j++) {
                z[j] = (r[j] - mean[j]) / scale[j];
            }
            for (int i = 0; i < p; i++) {
                for (int j = i; j < p; j++) {
                    covariance[i][j] += z[i] * z[j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                covariance[i][j] /= Math.max(1, n - 1);
                covariance[j][i] = covariance[i][j];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(covariance);
        double[] values = eigen.values();
        double total = 0;
        for (double v : values) {
            total += Math.max(0, v);
        }
        List<List<Double>> loadings = new ArrayList<>();
        List<Double> explained = new ArrayList<>();
        for (int k = 0; k < COMPONENTS && k < p; k++) {
            double[] v = eigen.vector(k);
            int largest = 0;
            for (int j = 1; j < p; j++) {
                if (Math.abs(v[j]) > Math.abs(v[largest]) + 1e-12) {
                    largest = j;
                }
            }
            double sign = v[largest] < 0 ? -1 : 1;
            List<Double> l = new ArrayList<>();
            for (double x : v) {
                l.add(sign * x + 0.0); // + 0.0 turns -0.0 into 0.0
            }
            loadings.add(l);
            explained.add(total > 0 ? Math.max(0, values[k]) / total : Double.NaN);
        }
        return new PrincipalComponents(descriptors, box(mean), box(scale), loadings, explained, n);
    }

    /** The map coordinates of one row of descriptor values. */
    public double[] project(double[] row) {
        double[] out = new double[loadings.size()];
        for (int k = 0; k < out.length; k++) {
            List<Double> l = loadings.get(k);
            double sum = 0;
            for (int j = 0; j < row.length; j++) {
                sum += (row[j] - means.get(j)) / scales.get(j) * l.get(j);
            }
            out[k] = sum;
        }
        return out;
    }

    private static List<Double> box(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
