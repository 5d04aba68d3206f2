package org.denovo.core.optimize;

/**
 * How to search around one lead.
 *
 * @param minSimilarity     Tanimoto on ECFP4 (2,048 bits) to the lead that every reported molecule reaches
 * @param keepSmarts        substructure every reported molecule keeps, or empty
 * @param budget            molecules scored per lead (new, valid, distinct)
 * @param seed              the same seed gives the same run, whatever the thread count
 * @param temperature       the generator's sampling temperature
 * @param parentsPerRound   molecules whose SMILES are completed each round (the lead and the best so far)
 * @param prefixesPerParent randomised-SMILES prefixes per parent and round
 * @param samplesPerPrefix  completions sampled per prefix
 * @param bucketSize        molecules per Murcko scaffold before further ones get no credit (diversity filter)
 * @param mutantsPerParent  graph mutants per parent and round (0: completion only)
 */
public record OptimizeSettings(double minSimilarity, String keepSmarts, int budget, long seed, double temperature,
                               int parentsPerRound, int prefixesPerParent, int samplesPerPrefix, int bucketSize,
                               int mutantsPerParent) {
    public static final int DEFAULT_BUDGET = 2000;
    public static final double DEFAULT_MIN_SIMILARITY = 0.4;

    public OptimizeSettings {
        if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minimum similarity must be between 0 and 1, got " + minSimilarity);
        }
        if (budget < 1 || budget > 1_000_000) {
            throw new IllegalArgumentException("budget must be between 1 and 1,000,000, got " + budget);
        }
        if (!(temperature > 0) || temperature > 5) {
            throw new IllegalArgumentException("temperature must be above 0 and at most 5, got " + temperature);
        }
        if (parentsPerRound < 1 || prefixesPerParent < 1 || samplesPerPrefix < 1 || bucketSize < 1) {
            throw new IllegalArgumentException("parents, prefixes, samples and bucket size must be at least 1");
        }
        if (mutantsPerParent < 0) {
            throw new IllegalArgumentException("mutants per parent must be at least 0, got " + mutantsPerParent);
        }
        keepSmarts = keepSmarts == null ? "" : keepSmarts.strip();
    }

    public static OptimizeSettings of(double minSimilarity, String keepSmarts, int budget, long seed) {
        return new OptimizeSettings(minSimilarity, keepSmarts, budget, seed, 1.0, 6, 8, 4, 25, 8);
    }
}
