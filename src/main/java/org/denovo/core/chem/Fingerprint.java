package org.denovo.core.chem;

import java.util.Arrays;
import java.util.BitSet;

/** A folded binary fingerprint packed into 64-bit words, with Tanimoto similarity by popcount. */
public record Fingerprint(long[] words) {
    public Fingerprint {
        words = words.clone();
    }

    public static Fingerprint of(BitSet bits, int length) {
        return new Fingerprint(Arrays.copyOf(bits.toLongArray(), (length + 63) / 64));
    }

    public int cardinality() {
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        return n;
    }

    public double tanimoto(Fingerprint other) {
        long[] a = words;
        long[] b = other.words;
        int both = 0;
        int either = 0;
        for (int i = 0; i < a.length; i++) {
            both += Long.bitCount(a[i] & b[i]);
            either += Long.bitCount(a[i] | b[i]);
        }
        return either == 0 ? 0.0 : (double) both / either;
    }

    @Override
    public long[] words() {
        return words.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(words, f.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + cardinality() + " bits on]";
    }
}
