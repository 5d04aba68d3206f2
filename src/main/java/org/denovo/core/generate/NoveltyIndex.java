package org.denovo.core.generate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;

/**
 * The training set as a sorted array of 64-bit keys of canonical SMILES (first 8 bytes of SHA-256), so the app
 * can tell novel molecules from known ones in 8 bytes per training molecule. A false "known" needs a 64-bit
 * collision: about 1 in 10^14 per query for 200,000 keys.
 */
public final class NoveltyIndex {
    public static final String FILE_NAME = "train_keys.bin";
    public static final NoveltyIndex EMPTY = new NoveltyIndex(new long[0]);
    private static final byte[] MAGIC = "DNKEYS1\n".getBytes(StandardCharsets.US_ASCII);
    private final long[] keys;

    private NoveltyIndex(long[] sortedKeys) {
        this.keys = sortedKeys;
    }

    public static NoveltyIndex of(Collection<String> canonicalSmiles) {
        long[] k = canonicalSmiles.stream().mapToLong(NoveltyIndex::key).sorted().distinct().toArray();
        return new NoveltyIndex(k);
    }

    public static NoveltyIndex fromBytes(byte[] data) {
        if (data.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC)
                || (data.length - MAGIC.length) % 8 != 0) {
            throw new IllegalArgumentException("not a training-key file");
        }
        ByteBuffer b = ByteBuffer.wrap(data, MAGIC.length, data.length - MAGIC.length);
        long[] k = new long[(data.length - MAGIC.length) / 8];
        for (int i = 0; i < k.length; i++) {
            k[i] = b.getLong();
        }
        for (int i = 1; i < k.length; i++) {
            if (k[i] <= k[i - 1]) {
                throw new IllegalArgumentException("keys are not sorted");
            }
        }
        return new NoveltyIndex(k);
    }

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + keys.length * 8);
        b.put(MAGIC);
        for (long k : keys) {
            b.putLong(k);
        }
        return b.array();
    }

    public static long key(String canonicalSmiles) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonicalSmiles.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }

    public int size() {
        return keys.length;
    }

    /** True when the canonical SMILES is in the training set. */
    public boolean contains(String canonicalSmiles) {
        return Arrays.binarySearch(keys, key(canonicalSmiles)) >= 0;
    }
}
