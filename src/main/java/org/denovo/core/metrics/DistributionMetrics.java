package org.denovo.core.metrics;

import java.util.Map;

/**
 * Distribution-learning metrics of a set of sampled strings, as MOSES and GuacaMol define them (IntDiv1 and
 * Filters over the valid molecules, duplicates kept, with RDKit-compatible Morgan radius-2 1,024-bit
 * fingerprints; the KL score over the unique valid molecules, its nearest-neighbour term on 4,096 bits), on this
 * app's standardisation (largest fragment, neutralised). Reference-based values are NaN without a reference set; novelty is NaN without
 * a training set; training IntDiv1 and Filters are measured on an evenly spaced sample of a training SMILES file.
 * {@code smallFraction} is the share of unique valid molecules under 15 heavy atoms; {@code fidelity} compares
 * descriptors of the unique valid molecules with the reference set, by descriptor name.
 */
public record DistributionMetrics(long samples, long valid, double validity, double uniqueAt1k, double uniqueAt10k,
                                  long unique, double novelty, double intDiv1, double filtersPassRate,
                                  double klScore, Map<String, Double> klDivergences,
                                  double referenceIntDiv1, double referenceFiltersPassRate,
                                  double trainingIntDiv1, double trainingFiltersPassRate,
                                  double smallFraction, double referenceSmallFraction,
                                  Map<String, DescriptorComparison> fidelity) {
    public DistributionMetrics {
        klDivergences = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(klDivergences));
        fidelity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fidelity));
    }

    /** The same metrics with IntDiv1 and Filters pass rate of a training-set sample added. */
    public DistributionMetrics withTraining(double intDiv1, double filtersPassRate) {
        return new DistributionMetrics(samples, valid, validity, uniqueAt1k, uniqueAt10k, unique, novelty, this.intDiv1,
                this.filtersPassRate, klScore, klDivergences, referenceIntDiv1, referenceFiltersPassRate, intDiv1,
                filtersPassRate, smallFraction, referenceSmallFraction, fidelity);
    }
}
