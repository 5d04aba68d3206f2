package org.denovo.core.generate;

/** One sampled string, in sampling order. {@code finished} is false when it hit the maximum length. */
public record Sample(long index, String smiles, boolean finished) {
}
