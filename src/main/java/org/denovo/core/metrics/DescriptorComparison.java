package org.denovo.core.metrics;

import java.util.Arrays;

/**
 * One descriptor of the generated molecules side by side with the reference set: mean, median and the
 * Kolmogorov-Smirnov distance between the two distributions.
 */
public record DescriptorComparison(double generatedMean, double generatedMedian, double referenceMean,
                                   double referenceMedian, double ks) {

    public static DescriptorComparison of(double[] generated, double[] reference) {
        return new DescriptorComparison(mean(generated), median(generated), mean(reference), median(reference),
                KolmogorovSmirnov.distance(generated, reference));
    }

    static double mean(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
