package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.exception.Intractable;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.graph.GraphUtil;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The ring set RDKit works with: its "symmetrized SSSR", i.e. the smallest rings plus
 * equally small alternatives (three rings for bicyclo[2.2.2]octane, six for cubane).
 * CDK's relevant cycles give the same set for practically all drug-like molecules.
 */
public final class RingSets {
    /** Above this many relevant cycles (pathological cages) fall back to the plain minimum cycle basis. */
    private static final int MAX_RELEVANT_EXCESS = 64;

    private RingSets() {
    }

    /** Rings as atom index arrays without the closing repeat. */
    public static List<int[]> smallestRings(IAtomContainer mol) {
        return smallestRings(mol, GraphUtil.toAdjList(mol));
    }

    /** Rings of a graph given as adjacency lists (e.g. a subgraph of the molecule's atoms). */
    public static List<int[]> smallestRings(IAtomContainer mol, int[][] graph) {
        int[][] paths;
        try {
            paths = Cycles.relevant().find(mol, graph, graph.length).paths();
            if (paths.length > MAX_RELEVANT_EXCESS) {
                int[][] basis = Cycles.mcb().find(mol, graph, graph.length).paths();
                if (paths.length > basis.length + MAX_RELEVANT_EXCESS) {
                    paths = basis;
                }
            }
        } catch (Intractable e) {
            paths = minimumCycleBasis(mol, graph);
        }
        List<int[]> rings = new ArrayList<>(paths.length);
        for (int[] path : paths) {
            int[] ring = new int[path.length - 1];
            System.arraycopy(path, 0, ring, 0, ring.length);
            rings.add(ring);
        }
        return rings;
    }

    private static int[][] minimumCycleBasis(IAtomContainer mol, int[][] graph) {
        try {
            return Cycles.mcb().find(mol, graph, graph.length).paths();
        } catch (Intractable e) {
            throw new IllegalStateException("ring perception failed", e);
        }
    }
}
