package org.denovo.core.generate;

/**
 * How to sample.
 *
 * @param count       number of strings to sample
 * @param seed        the same seed gives the same strings, whatever the thread count
 * @param temperature divides the logits; 1.0 samples the model's distribution, lower is more conservative
 * @param maxLength   most tokens per string, prefix included; a string that reaches it is unfinished
 * @param batchSize   strings sampled together in one ONNX Runtime call per token
 * @param prefix      SMILES prefix every sample starts from, or empty
 * @param syntaxMask  forbid tokens after which a string could not parse (unclosed branch or ring at the end, an
 *                    unopened or empty branch); a string that never draws one is the same with or without it
 */
public record SamplingOptions(int count, long seed, double temperature, int maxLength, int batchSize, String prefix,
                              boolean syntaxMask) {
    public static final int DEFAULT_MAX_LENGTH = 140;
    public static final int DEFAULT_BATCH = 512;

    public SamplingOptions {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a positive number, got " + temperature);
        }
        if (maxLength < 2) {
            throw new IllegalArgumentException("maximum length must be at least 2");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        prefix = prefix == null ? "" : prefix.strip();
    }

    /** Options with the syntax mask on. */
    public SamplingOptions(int count, long seed, double temperature, int maxLength, int batchSize, String prefix) {
        this(count, seed, temperature, maxLength, batchSize, prefix, true);
    }

    public static SamplingOptions of(int count, long seed, double temperature) {
        return new SamplingOptions(count, seed, temperature, DEFAULT_MAX_LENGTH, DEFAULT_BATCH, "");
    }

    public SamplingOptions withPrefix(String newPrefix) {
        return new SamplingOptions(count, seed, temperature, maxLength, batchSize, newPrefix, syntaxMask);
    }

    public SamplingOptions withBatchSize(int newBatchSize) {
        return new SamplingOptions(count, seed, temperature, maxLength, newBatchSize, prefix, syntaxMask);
    }

    public SamplingOptions withSyntaxMask(boolean on) {
        return new SamplingOptions(count, seed, temperature, maxLength, batchSize, prefix, on);
    }
}
