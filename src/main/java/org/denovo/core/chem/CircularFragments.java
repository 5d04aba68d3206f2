package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counted circular (Morgan / ECFP4-like) fragments of radius 0, 1 and 2, as RDKit's
 * GetMorganFingerprint(mol, 2) enumerates them: every atom contributes its radius-0 environment,
 * then at each radius an environment is counted only if its bond set was not seen before (an atom
 * whose environment repeats drops out), and atoms without neighbours stop after radius 0.
 *
 * Atom invariants: atomic number, total degree (heavy neighbours + H), total H, formal charge,
 * mass number (0 if unset), ring membership. Bond invariants: 12 for aromatic, else the order.
 * Identifiers are a fixed 64-bit hash (splitmix64 finaliser, see {@link #combine}); they are
 * independent of atom order and are the keys of the shipped SA fragment table.
 */
public final class CircularFragments {
    public static final int RADIUS = 2;

    private final long[] ids;
    private final int[] counts;
    private final int total;

    private CircularFragments(long[] ids, int[] counts) {
        this.ids = ids;
        this.counts = counts;
        this.total = Arrays.stream(counts).sum();
    }

    /** Distinct fragment identifiers, ascending. */
    public long[] ids() {
        return ids.clone();
    }

    /** Occurrences of ids()[i]. */
    public int count(int i) {
        return counts[i];
    }

    public int distinct() {
        return ids.length;
    }

    /** Sum of all counts. */
    public int total() {
        return total;
    }

    static CircularFragments of(HeavyAtomGraph g) {
        int n = g.atomCount;
        Map<Long, Integer> found = new HashMap<>();
        long[] invariant = new long[n];
        BitSet[] environment = new BitSet[n];
        boolean[] dead = new boolean[n];
        for (int a = 0; a < n; a++) {
            invariant[a] = atomInvariant(g, a);
            environment[a] = new BitSet(g.bondCount);
            found.merge(invariant[a], 1, Integer::sum);
        }
        Set<BitSet> seen = new HashSet<>();
        for (int layer = 1; layer <= RADIUS; layer++) {
            long[] nextInvariant = invariant.clone();
            BitSet[] nextEnvironment = new BitSet[n];
            List<Integer> alive = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                nextEnvironment[a] = environment[a];
                if (dead[a]) {
                    continue;
                }
                if (g.neighbours[a].length == 0) {
                    dead[a] = true;
                    continue;
                }
                BitSet env = (BitSet) environment[a].clone();
                long[][] pairs = new long[g.neighbours[a].length][];
                for (int k = 0; k < pairs.length; k++) {
                    int nbr = g.neighbours[a][k];
                    env.set(g.bonds[a][k]);
                    env.or(environment[nbr]);
                    pairs[k] = new long[] {g.bondType[g.bonds[a][k]], invariant[nbr]};
                }
                Arrays.sort(pairs, (p, q) -> p[0] != q[0] ? Long.compare(p[0], q[0]) : Long.compare(p[1], q[1]));
                long h = combine(layer, invariant[a]);
                for (long[] p : pairs) {
                    h = combine(combine(h, p[0]), p[1]);
                }
                nextInvariant[a] = h;
                nextEnvironment[a] = env;
                alive.add(a);
            }
            // Among atoms sharing a new bond set, the smallest invariant is kept (order independent).
            alive.sort((x, y) -> Long.compare(nextInvariant[x], nextInvariant[y]));
            for (int a : alive) {
                if (seen.add(nextEnvironment[a])) {
                    found.merge(nextInvariant[a], 1, Integer::sum);
                } else {
                    dead[a] = true;
                }
            }
            invariant = nextInvariant;
            environment = nextEnvironment;
        }
        long[] ids = found.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int[] counts = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            counts[i] = found.get(ids[i]);
        }
        return new CircularFragments(ids, counts);
    }

    private static long atomInvariant(HeavyAtomGraph g, int a) {
        long h = combine(0x5A5C0DEL, g.atomicNumber[a]);
        h = combine(h, g.totalDegree[a]);
        h = combine(h, g.totalHydrogens[a]);
        h = combine(h, g.charge[a]);
        h = combine(h, g.massNumber[a]);
        return combine(h, g.inRing[a] ? 1 : 0);
    }

    /** Order-sensitive 64-bit hash step: splitmix64 finaliser of rotl(h, 17) xor mix(v + golden ratio). */
    static long combine(long h, long v) {
        return mix(Long.rotateLeft(h, 17) ^ mix(v + 0x9E3779B97F4A7C15L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
