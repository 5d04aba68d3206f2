package org.denovo.core.metrics;

/** A one-dimensional Gaussian kernel density estimate with Scott's bandwidth, as scipy's gaussian_kde. */
final class Kde {
    private final double[] points;
    private final double bandwidth;

    Kde(double[] points) {
        this.points = points.clone();
        double mean = 0;
        for (double p : points) {
            mean += p;
        }
        mean /= points.length;
        double var = 0;
        for (double p : points) {
            var += (p - mean) * (p - mean);
        }
        var = points.length > 1 ? var / (points.length - 1) : 0;
        double scott = Math.pow(points.length, -1.0 / 5);
        this.bandwidth = Math.max(Math.sqrt(var) * scott, 1e-6);
    }

    double density(double x) {
        double sum = 0;
        double norm = 1.0 / (bandwidth * Math.sqrt(2 * Math.PI));
        for (double p : points) {
            double z = (x - p) / bandwidth;
            sum += Math.exp(-0.5 * z * z);
        }
        return sum * norm / points.length;
    }
}
