package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.graph.GraphUtil;
import org.openscience.cdk.graph.invariant.Canon;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.stereo.Stereocenters;

/**
 * The structural features behind the SA complexity penalty (Ertl and Schuffenhauer 2009, as in
 * RDKit's sascorer): heavy atoms, tetrahedral stereocentres (specified or possible), spiro atoms,
 * bridgehead atoms and macrocycles (rings larger than 8). Rings are the relevant cycles, close to
 * RDKit's symmetrised SSSR. Computing it never modifies the molecule.
 */
public record SaComplexity(int atoms, int stereocentres, int spiroAtoms, int bridgeheadAtoms, int macrocycles) {

    /** atoms is the hydrogen-suppressed atom count (see {@link HeavyAtomGraph}). */
    static SaComplexity of(IAtomContainer mol, int heavyAtoms) {
        int[][] rings = rings(mol);
        int macrocycles = 0;
        for (int[] ring : rings) {
            if (ring.length > 8) {
                macrocycles++;
            }
        }
        return new SaComplexity(heavyAtoms, stereocentres(mol), spiroAtoms(mol, rings),
                bridgeheadAtoms(mol, rings), macrocycles);
    }

    /** sizePenalty + stereoPenalty + spiroPenalty + bridgePenalty + macrocyclePenalty (RDKit's form). */
    public double penalty() {
        double size = Math.pow(atoms, 1.005) - atoms;
        double macro = macrocycles > 0 ? Math.log10(2) : 0.0;
        return size + Math.log10(stereocentres + 1) + Math.log10(spiroAtoms + 1)
                + Math.log10(bridgeheadAtoms + 1) + macro;
    }

    /**
     * Possible tetrahedral stereocentres, specified or not, counted like RDKit's legacy
     * FindMolChiralCenters(includeUnassigned=True): a CDK stereocentre candidate (sp3 atom, or
     * sulfoxide-like S/Se) whose neighbours all lie in different symmetry classes. Centres that are
     * stereogenic only through another centre (cis/trans-1,4-cyclohexane) are not counted.
     */
    private static int stereocentres(IAtomContainer mol) {
        Stereocenters found = Stereocenters.of(mol);
        long[] symmetry = null;
        int count = 0;
        for (int i = 0; i < mol.getAtomCount(); i++) {
            if (!found.isStereocenter(i) || !isTetrahedralCandidate(mol, i, found.elementType(i))) {
                continue;
            }
            if (symmetry == null) {
                symmetry = Canon.symmetry(mol, GraphUtil.toAdjList(mol));
            }
            if (neighboursDistinct(mol, i, symmetry)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isTetrahedralCandidate(IAtomContainer mol, int i, Stereocenters.Type type) {
        if (type == Stereocenters.Type.Tetracoordinate) {
            return true;
        }
        if (type != Stereocenters.Type.Tricoordinate) {
            return false;
        }
        IAtom atom = mol.getAtom(i);
        int doubles = 0;
        for (IBond b : mol.getConnectedBondsList(atom)) {
            if (b.getOrder() == IBond.Order.DOUBLE) {
                doubles++;
            }
        }
        int z = atom.getAtomicNumber() == null ? 0 : atom.getAtomicNumber();
        return doubles == 0 || (doubles == 1 && (z == 16 || z == 34));
    }

    private static boolean neighboursDistinct(IAtomContainer mol, int i, long[] symmetry) {
        IAtom atom = mol.getAtom(i);
        Set<Long> classes = new HashSet<>();
        int neighbours = 0;
        for (IAtom nbr : mol.getConnectedAtomsList(atom)) {
            neighbours++;
            classes.add(symmetry[mol.indexOf(nbr)]);
        }
        Integer h = atom.getImplicitHydrogenCount();
        return classes.size() == neighbours && (h == null || h <= 1);
    }

    /** Atoms that are the single shared atom of two rings. */
    private static int spiroAtoms(IAtomContainer mol, int[][] rings) {
        BitSet spiro = new BitSet();
        for (int i = 0; i < rings.length; i++) {
            BitSet a = atomSet(rings[i]);
            for (int j = i + 1; j < rings.length; j++) {
                BitSet shared = atomSet(rings[j]);
                shared.and(a);
                if (shared.cardinality() == 1) {
                    spiro.or(shared);
                }
            }
        }
        return spiro.cardinality();
    }

    /** For two rings sharing more than one bond: the ends of the shared bond path (RDKit's definition). */
    private static int bridgeheadAtoms(IAtomContainer mol, int[][] rings) {
        List<BitSet> bondSets = new ArrayList<>();
        for (int[] ring : rings) {
            BitSet bonds = new BitSet();
            for (int k = 0; k < ring.length; k++) {
                IBond b = mol.getBond(mol.getAtom(ring[k]), mol.getAtom(ring[(k + 1) % ring.length]));
                bonds.set(mol.indexOf(b));
            }
            bondSets.add(bonds);
        }
        BitSet heads = new BitSet();
        for (int i = 0; i < bondSets.size(); i++) {
            for (int j = i + 1; j < bondSets.size(); j++) {
                BitSet shared = (BitSet) bondSets.get(i).clone();
                shared.and(bondSets.get(j));
                if (shared.cardinality() > 1) {
                    Map<Integer, Integer> ends = new HashMap<>();
                    for (int b = shared.nextSetBit(0); b >= 0; b = shared.nextSetBit(b + 1)) {
                        IBond bond = mol.getBond(b);
                        ends.merge(mol.indexOf(bond.getBegin()), 1, Integer::sum);
                        ends.merge(mol.indexOf(bond.getEnd()), 1, Integer::sum);
                    }
                    ends.forEach((atom, count) -> {
                        if (count == 1) {
                            heads.set(atom);
                        }
                    });
                }
            }
        }
        return heads.cardinality();
    }

    /** Relevant cycles as atom index lists (not closed); SSSR if there are too many. */
    private static int[][] rings(IAtomContainer mol) {
        int[][] paths;
        try {
            paths = Cycles.relevant(mol).paths();
        } catch (RuntimeException e) {
            paths = Cycles.sssr(mol).paths();
        }
        int[][] rings = new int[paths.length][];
        for (int i = 0; i < paths.length; i++) {
            rings[i] = Arrays.copyOf(paths[i], paths[i].length - 1);
        }
        return rings;
    }

    private static BitSet atomSet(int[] ring) {
        BitSet set = new BitSet();
        for (int a : ring) {
            set.set(a);
        }
        return set;
    }
}
