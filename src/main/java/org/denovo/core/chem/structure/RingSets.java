package org.denovo.core.chem.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openscience.cdk.exception.Intractable;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.graph.GraphUtil;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The ring set RDKit works with, its "symmetrized SSSR": a smallest set of smallest rings plus each
 * other relevant ring that could replace one of them (same size, shares a bond, and keeps every bond
 * only that ring provided). Gives three rings for bicyclo[2.2.2]octane and six for cubane.
 */
public final class RingSets {
    private RingSets() {
    }

    /** Rings as atom index arrays without the closing repeat. */
    public static List<int[]> smallestRings(IAtomContainer mol) {
        return smallestRings(mol, GraphUtil.toAdjList(mol));
    }

    /** Rings of a graph given as adjacency lists (e.g. a subgraph of the molecule's atoms). */
    public static List<int[]> smallestRings(IAtomContainer mol, int[][] graph) {
        List<int[]> basis = withoutClosure(find(Cycles.mcb(), mol, graph));
        int[][] relevant;
        try {
            relevant = Cycles.relevant().find(mol, graph, graph.length).paths();
        } catch (Intractable e) {
            return basis;
        }
        if (relevant.length == basis.size()) {
            return basis;
        }
        return symmetrize(basis, withoutClosure(relevant));
    }

    private static List<int[]> symmetrize(List<int[]> basis, List<int[]> candidates) {
        Map<Long, Integer> bondIds = new HashMap<>();
        List<BitSet> basisBonds = new ArrayList<>();
        for (int[] ring : basis) {
            basisBonds.add(bonds(ring, bondIds));
        }
        int[] bondCounts = new int[bondIds.size() + 1];
        for (BitSet ring : basisBonds) {
            ring.stream().forEach(b -> bondCounts[b]++);
        }
        List<int[]> rings = new ArrayList<>(basis);
        for (int[] candidate : candidates) {
            if (contains(basis, candidate)) {
                continue;
            }
            BitSet candidateBonds = bonds(candidate, bondIds);
            for (int r = 0; r < basis.size(); r++) {
                BitSet ring = basisBonds.get(r);
                if (basis.get(r).length == candidate.length && ring.intersects(candidateBonds)
                        && ring.stream().allMatch(b -> bondCounts[b] != 1 || candidateBonds.get(b))) {
                    rings.add(candidate);
                    break;
                }
            }
        }
        return rings;
    }

    private static BitSet bonds(int[] ring, Map<Long, Integer> bondIds) {
        BitSet bonds = new BitSet();
        for (int i = 0; i < ring.length; i++) {
            int a = ring[i];
            int b = ring[(i + 1) % ring.length];
            long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
            Integer id = bondIds.get(key);
            if (id == null) {
                id = bondIds.size();
                bondIds.put(key, id);
            }
            bonds.set(id);
        }
        return bonds;
    }

    private static boolean contains(List<int[]> rings, int[] ring) {
        int[] sorted = ring.clone();
        Arrays.sort(sorted);
        for (int[] other : rings) {
            int[] otherSorted = other.clone();
            Arrays.sort(otherSorted);
            if (Arrays.equals(sorted, otherSorted)) {
                return true;
            }
        }
        return false;
    }

    private static int[][] find(org.openscience.cdk.graph.CycleFinder finder, IAtomContainer mol, int[][] graph) {
        try {
            return finder.find(mol, graph, graph.length).paths();
        } catch (Intractable e) {
            throw new IllegalStateException("ring perception failed", e);
        }
    }

    private static List<int[]> withoutClosure(int[][] paths) {
        List<int[]> rings = new ArrayList<>(paths.length);
        for (int[] path : paths) {
            rings.add(Arrays.copyOf(path, path.length - 1));
        }
        return rings;
    }
}
