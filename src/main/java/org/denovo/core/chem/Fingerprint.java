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

    /**
     * The same fingerprint folded to {@code bits} (a divisor of its length, a multiple of 64): bit i is set when
     * any bit i + k * bits was. For a hashed fingerprint that sets bit {@code id mod length}, this equals the
     * fingerprint made at {@code bits} directly.
     */
    public Fingerprint folded(int bits) {
        int length = words.length * 64;
        if (bits <= 0 || bits % 64 != 0 || length % bits != 0) {
            throw new IllegalArgumentException("cannot fold " + length + " bits to " + bits);
        }
        long[] out = new long[bits / 64];
        for (int i = 0; i < words.length; i++) {
            out[i % out.length] |= words[i];
        }
        return new Fingerprint(out);
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
