package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.ringsearch.RingSearch;

/**
 * Read-only, hydrogen-suppressed view of a molecule with the per-atom and per-bond properties
 * that circular fragments hash. By default ordinary hydrogens (one heavy neighbour, no isotope, no
 * charge) are folded into their neighbour's hydrogen count, close to what RDKit does when reading
 * SMILES; {@link MorganFingerprint} passes RDKit's exact rule. Building it never modifies the molecule.
 */
final class HeavyAtomGraph {
    /** Bond type code for aromatic bonds (RDKit's Bond::AROMATIC); other bonds use their order 1..4. */
    static final int AROMATIC = 12;

    final int atomCount;
    final int bondCount;
    final int[] atomicNumber;
    final int[] totalHydrogens;
    final int[] totalDegree;
    final int[] charge;
    final int[] massNumber;
    final boolean[] inRing;
    /** neighbours[a][k] is the k-th neighbour atom of a; bonds[a][k] the index of the bond to it. */
    final int[][] neighbours;
    final int[][] bonds;
    final int[] bondType;

    private HeavyAtomGraph(int atomCount, int bondCount) {
        this.atomCount = atomCount;
        this.bondCount = bondCount;
        atomicNumber = new int[atomCount];
        totalHydrogens = new int[atomCount];
        totalDegree = new int[atomCount];
        charge = new int[atomCount];
        massNumber = new int[atomCount];
        inRing = new boolean[atomCount];
        neighbours = new int[atomCount][];
        bonds = new int[atomCount][];
        bondType = new int[bondCount];
    }

    /** Builds the view; aromaticBonds decides which bonds get the aromatic type. */
    static HeavyAtomGraph of(IAtomContainer mol, Set<IBond> aromaticBonds) {
        return of(mol, aromaticBonds, atom -> isFoldedHydrogen(mol, atom));
    }

    /**
     * Builds the view, folding the hydrogens that foldedHydrogen accepts (each must have exactly one
     * neighbour) into their neighbour's hydrogen count.
     */
    static HeavyAtomGraph of(IAtomContainer mol, Set<IBond> aromaticBonds, Predicate<IAtom> foldedHydrogen) {
        int n = mol.getAtomCount();
        int[] index = new int[n];
        int heavy = 0;
        for (int i = 0; i < n; i++) {
            index[i] = foldedHydrogen.test(mol.getAtom(i)) ? -1 : heavy++;
        }
        List<IBond> kept = new ArrayList<>();
        for (IBond b : mol.bonds()) {
            if (index[mol.indexOf(b.getBegin())] >= 0 && index[mol.indexOf(b.getEnd())] >= 0) {
                kept.add(b);
            }
        }
        HeavyAtomGraph g = new HeavyAtomGraph(heavy, kept.size());
        RingSearch rings = new RingSearch(mol);
        int[] degree = new int[heavy];
        for (int i = 0; i < n; i++) {
            IAtom atom = mol.getAtom(i);
            int a = index[i];
            if (a < 0) {
                for (IAtom nbr : mol.getConnectedAtomsList(atom)) {
                    g.totalHydrogens[index[mol.indexOf(nbr)]]++;
                }
                continue;
            }
            g.atomicNumber[a] = orZero(atom.getAtomicNumber());
            g.totalHydrogens[a] += orZero(atom.getImplicitHydrogenCount());
            g.charge[a] = orZero(atom.getFormalCharge());
            g.massNumber[a] = orZero(atom.getMassNumber());
            g.inRing[a] = rings.cyclic(i);
        }
        for (IBond b : kept) {
            degree[index[mol.indexOf(b.getBegin())]]++;
            degree[index[mol.indexOf(b.getEnd())]]++;
        }
        for (int a = 0; a < heavy; a++) {
            g.neighbours[a] = new int[degree[a]];
            g.bonds[a] = new int[degree[a]];
            g.totalDegree[a] = degree[a] + g.totalHydrogens[a];
            degree[a] = 0;
        }
        for (int k = 0; k < kept.size(); k++) {
            IBond b = kept.get(k);
            int u = index[mol.indexOf(b.getBegin())];
            int v = index[mol.indexOf(b.getEnd())];
            g.bondType[k] = aromaticBonds.contains(b) ? AROMATIC : orderCode(b);
            g.neighbours[u][degree[u]] = v;
            g.bonds[u][degree[u]++] = k;
            g.neighbours[v][degree[v]] = u;
            g.bonds[v][degree[v]++] = k;
        }
        return g;
    }

    /** A plain hydrogen with exactly one non-hydrogen neighbour becomes an H count on that neighbour. */
    private static boolean isFoldedHydrogen(IAtomContainer mol, IAtom atom) {
        if (orZero(atom.getAtomicNumber()) != 1 || atom.getMassNumber() != null
                || orZero(atom.getFormalCharge()) != 0 || mol.getConnectedBondsCount(atom) != 1) {
            return false;
        }
        return orZero(mol.getConnectedAtomsList(atom).get(0).getAtomicNumber()) != 1;
    }

    private static int orderCode(IBond b) {
        IBond.Order order = b.getOrder();
        return order == null || order == IBond.Order.UNSET ? 0 : order.numeric();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
