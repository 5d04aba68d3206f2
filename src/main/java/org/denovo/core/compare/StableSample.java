package org.denovo.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A deterministic subset: the items whose key (a canonical SMILES) hashes lowest. The same molecules are picked
 * whatever their order, so a run gives the same sample in every comparison it appears in.
 */
public final class StableSample {
    private StableSample() {
    }

    /** At most {@code max} items, kept in their original order; all of them when there are no more than that. */
    public static <T> List<T> of(List<T> items, int max, Function<T, String> key) {
        if (items.size() <= max) {
            return items;
        }
        List<Integer> order = new ArrayList<>(items.size());
        long[] hashes = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
            hashes[i] = hash(key.apply(items.get(i)));
        }
        order.sort(Comparator.<Integer>comparingLong(i -> hashes[i]).thenComparing(i -> key.apply(items.get(i))));
        List<Integer> picked = new ArrayList<>(order.subList(0, max));
        picked.sort(null);
        List<T> out = new ArrayList<>(max);
        for (int i : picked) {
            out.add(items.get(i));
        }
        return out;
    }

    /** FNV-1a over the characters, then a 64-bit finaliser so that similar strings spread evenly. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
