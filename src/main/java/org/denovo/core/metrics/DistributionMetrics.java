package org.denovo.core.metrics;

import java.util.Map;

/**
 * Distribution-learning metrics of a set of sampled strings (MOSES and GuacaMol definitions, on this app's
 * standardisation and ECFP4). Reference-based values are NaN without a reference set; novelty is NaN without
 * a training set.
 */
public record DistributionMetrics(long samples, long valid, double validity, double uniqueAt1k, double uniqueAt10k,
                                  long unique, double novelty, double intDiv1, double filtersPassRate,
                                  double klScore, Map<String, Double> klDivergences,
                                  double referenceIntDiv1, double referenceFiltersPassRate) {
}
