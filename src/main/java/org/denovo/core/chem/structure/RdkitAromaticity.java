package org.denovo.core.chem.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObject;
import org.openscience.cdk.aromaticity.Kekulization;

/**
 * RDKit's default aromaticity model (2022.09) on CDK molecules.
 *
 * <p>Each atom of a candidate ring donates 0, 1 or 2 pi electrons (exocyclic double bonds to
 * more electronegative atoms steal one); a ring, or a bond-fused combination of up to six rings,
 * is aromatic when its atoms (ignoring atoms shared by three or more rings of the combination)
 * hold 4n+2 electrons. Atoms of aromatic rings are marked aromatic; bonds only when they lie on
 * the perimeter of an aromatic combination, as RDKit does (the azulene fusion bond stays aliphatic).
 * Stateless and thread-safe.
 */
public final class RdkitAromaticity {
    private static final int MAX_FUSED_RINGS = 6;
    private static final int MAX_FUSED_RING_SIZE = 24;

    /** RDKit's default valences by atomic number; -1 = no default. */
    private static final int[] DEFAULT_VALENCE = {
        -1, 1, 0, 1, 2, 3, 4, 3, 2, 1, 0, 1, 2, 3, 4, 3, 2, 1, 0, 1, 2, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, 3, 4, 3, 2, 1, 0, 1, 2, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 3, 2, 3, 2, 1, 0, 1, 2};
    /** Outer-shell electrons by atomic number, as in RDKit's periodic table. */
    private static final int[] OUTER_ELECTRONS = {
        0, 1, 2, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 2,
        3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 2, 3, 4, 5, 6, 7, 8, 1, 2};

    private enum Donor { VACANT, ONE, TWO, ANY, NONE }

    /**
     * Clears and re-perceives aromaticity flags (kekulising first if bond orders are missing);
     * also marks ring atoms and bonds. Returns whether anything is aromatic.
     */
    public boolean apply(IAtomContainer mol) throws CDKException {
        if (needsKekulization(mol)) {
            Kekulization.kekulize(mol);
        }
        mol.setFlag(IChemObject.AROMATIC, false);
        for (IAtom atom : mol.atoms()) {
            atom.setIsAromatic(false);
        }
        for (IBond bond : mol.bonds()) {
            bond.setIsAromatic(false);
        }
        Cycles.markRingAtomsAndBonds(mol);
        boolean any = perceive(mol, RingSets.smallestRings(mol));
        mol.setFlag(IChemObject.AROMATIC, any);
        return any;
    }

    private static boolean needsKekulization(IAtomContainer mol) {
        for (IBond bond : mol.bonds()) {
            if (bond.getOrder() == null || bond.getOrder() == IBond.Order.UNSET) {
                return true;
            }
        }
        return false;
    }

    private static boolean perceive(IAtomContainer mol, List<int[]> rings) {
        int n = mol.getAtomCount();
        Donor[] donors = new Donor[n];
        Boolean[] candidates = new Boolean[n];
        List<int[]> candidateRings = new ArrayList<>();
        for (int[] ring : rings) {
            boolean allCandidates = true;
            boolean allDummies = true;
            for (int idx : ring) {
                IAtom atom = mol.getAtom(idx);
                if (atomicNumber(atom) != 0) {
                    allDummies = false;
                }
                if (candidates[idx] == null) {
                    donors[idx] = donorType(mol, atom);
                    candidates[idx] = isCandidate(mol, atom, donors[idx]);
                }
                allCandidates &= candidates[idx];
            }
            if (allCandidates && !allDummies) {
                candidateRings.add(ring);
            }
        }
        if (candidateRings.isEmpty()) {
            return false;
        }
        int[][] ringBonds = new int[candidateRings.size()][];
        for (int r = 0; r < ringBonds.length; r++) {
            ringBonds[r] = bondIndices(mol, candidateRings.get(r));
        }
        List<List<Integer>> neighbours = fusedNeighbours(ringBonds);
        BitSet seen = new BitSet();
        boolean any = false;
        for (int start = 0; start < ringBonds.length; start++) {
            if (seen.get(start)) {
                continue;
            }
            List<Integer> system = new ArrayList<>();
            collectSystem(start, neighbours, seen, system);
            any |= applyHuckelToSystem(mol, candidateRings, ringBonds, system, neighbours, donors);
        }
        return any;
    }

    /** Rings (each at most 24 bonds) sharing exactly one bond are fused neighbours. */
    private static List<List<Integer>> fusedNeighbours(int[][] ringBonds) {
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < ringBonds.length; i++) {
            neighbours.add(new ArrayList<>());
        }
        for (int i = 0; i < ringBonds.length; i++) {
            if (ringBonds[i].length > MAX_FUSED_RING_SIZE) {
                continue;
            }
            for (int j = i + 1; j < ringBonds.length; j++) {
                if (ringBonds[j].length > MAX_FUSED_RING_SIZE) {
                    continue;
                }
                int shared = 0;
                for (int a : ringBonds[i]) {
                    for (int b : ringBonds[j]) {
                        if (a == b) {
                            shared++;
                        }
                    }
                }
                if (shared == 1) {
                    neighbours.get(i).add(j);
                    neighbours.get(j).add(i);
                }
            }
        }
        return neighbours;
    }

    private static void collectSystem(int ring, List<List<Integer>> neighbours, BitSet seen, List<Integer> system) {
        seen.set(ring);
        system.add(ring);
        for (int next : neighbours.get(ring)) {
            if (!seen.get(next)) {
                collectSystem(next, neighbours, seen, system);
            }
        }
    }

    /** Tries single rings, then connected pairs, triples, ... until every ring bond is aromatic. */
    private static boolean applyHuckelToSystem(IAtomContainer mol, List<int[]> rings, int[][] ringBonds,
                                               List<Integer> system, List<List<Integer>> neighbours,
                                               Donor[] donors) {
        int nRings = system.size();
        BitSet systemBonds = new BitSet();
        for (int r : system) {
            for (int b : ringBonds[r]) {
                systemBonds.set(b);
            }
        }
        int nRingBonds = systemBonds.cardinality();
        BitSet doneBonds = new BitSet();
        boolean any = false;
        int maxSize = Math.min(nRings, MAX_FUSED_RINGS);
        for (int size = 1; size <= maxSize; size++) {
            if (size > 1 && doneBonds.cardinality() >= nRingBonds) {
                break;
            }
            if (size == 3 && nRings > 300) {
                break;
            }
            int[] comb = new int[size];
            for (int i = 0; i < size; i++) {
                comb[i] = i;
            }
            do {
                int[] combo = new int[size];
                for (int i = 0; i < size; i++) {
                    combo[i] = system.get(comb[i]);
                }
                if (size > 1 && !isConnected(combo, neighbours)) {
                    continue;
                }
                if (isHuckel(mol, rings, combo, donors)) {
                    markAromatic(mol, rings, ringBonds, combo, doneBonds);
                    any = true;
                }
            } while (nextCombination(comb, nRings));
        }
        return any;
    }

    private static boolean nextCombination(int[] comb, int n) {
        int k = comb.length;
        int i = k - 1;
        while (i >= 0 && comb[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        comb[i]++;
        for (int j = i + 1; j < k; j++) {
            comb[j] = comb[j - 1] + 1;
        }
        return true;
    }

    private static boolean isConnected(int[] combo, List<List<Integer>> neighbours) {
        BitSet members = new BitSet();
        for (int r : combo) {
            members.set(r);
        }
        BitSet reached = new BitSet();
        int[] stack = new int[combo.length];
        int top = 0;
        stack[top++] = combo[0];
        reached.set(combo[0]);
        while (top > 0) {
            int r = stack[--top];
            for (int next : neighbours.get(r)) {
                if (members.get(next) && !reached.get(next)) {
                    reached.set(next);
                    stack[top++] = next;
                }
            }
        }
        return reached.cardinality() == combo.length;
    }

    /** Electron count over atoms that lie in one or two rings of the combination. */
    private static boolean isHuckel(IAtomContainer mol, List<int[]> rings, int[] combo, Donor[] donors) {
        int[] counts = new int[mol.getAtomCount()];
        for (int r : combo) {
            for (int idx : rings.get(r)) {
                counts[idx]++;
            }
        }
        int low = 0;
        int high = 0;
        int anyDonors = 0;
        for (int idx = 0; idx < counts.length; idx++) {
            if (counts[idx] != 1 && counts[idx] != 2) {
                continue;
            }
            switch (donors[idx]) {
                case ANY -> {
                    if (++anyDonors > 1) {
                        return false;
                    }
                    low += 1;
                    high += 2;
                }
                case ONE -> {
                    low += 1;
                    high += 1;
                }
                case TWO -> {
                    low += 2;
                    high += 2;
                }
                default -> {
                }
            }
        }
        if (high >= 6) {
            for (int electrons = low; electrons <= high; electrons++) {
                if ((electrons - 2) % 4 == 0) {
                    return true;
                }
            }
            return false;
        }
        return high == 2;
    }

    private static void markAromatic(IAtomContainer mol, List<int[]> rings, int[][] ringBonds, int[] combo,
                                     BitSet doneBonds) {
        int[] bondCounts = new int[mol.getBondCount()];
        for (int r : combo) {
            for (int idx : rings.get(r)) {
                mol.getAtom(idx).setIsAromatic(true);
            }
            for (int b : ringBonds[r]) {
                bondCounts[b]++;
            }
        }
        for (int b = 0; b < bondCounts.length; b++) {
            if (bondCounts[b] == 1) {
                mol.getBond(b).setIsAromatic(true);
                doneBonds.set(b);
            }
        }
    }

    private static int[] bondIndices(IAtomContainer mol, int[] ring) {
        int[] bonds = new int[ring.length];
        for (int i = 0; i < ring.length; i++) {
            IBond bond = mol.getBond(mol.getAtom(ring[i]), mol.getAtom(ring[(i + 1) % ring.length]));
            bonds[i] = bond.getIndex();
        }
        Arrays.sort(bonds);
        return bonds;
    }

    // ---- per-atom electron donation, following RDKit's rules ----

    private static Donor donorType(IAtomContainer mol, IAtom atom) {
        if (atomicNumber(atom) == 0) {
            return hasMultipleBond(atom, true) ? Donor.ONE : Donor.ANY;
        }
        int electrons = countElectrons(mol, atom);
        IAtom exocyclicPartner = exocyclicMultipleBondPartner(atom);
        if (electrons < 0) {
            return Donor.NONE;
        }
        if (electrons == 0) {
            if (exocyclicPartner != null) {
                return Donor.VACANT;
            }
            return hasMultipleBond(atom, true) ? Donor.ONE : Donor.NONE;
        }
        if (electrons == 1) {
            if (exocyclicPartner != null) {
                return moreElectronegative(exocyclicPartner, atom) ? Donor.VACANT : Donor.ONE;
            }
            if (hasMultipleBond(atom, false)) {
                return Donor.ONE;
            }
            return charge(atom) == 1 ? Donor.VACANT : Donor.NONE;
        }
        if (exocyclicPartner != null && moreElectronegative(exocyclicPartner, atom)) {
            electrons--;
        }
        return electrons % 2 == 1 ? Donor.ONE : Donor.TWO;
    }

    /** Electrons an atom could put into a ring (RDKit's countAtomElec); -1 when it cannot. */
    private static int countElectrons(IAtomContainer mol, IAtom atom) {
        int z = atomicNumber(atom);
        int defaultValence = defaultValence(z);
        if (defaultValence <= 1) {
            return -1;
        }
        int degree = implicitH(atom);
        for (IBond bond : atom.bonds()) {
            if (order(bond) != 0) {
                degree++;
            }
        }
        if (degree > 3) {
            return -1;
        }
        int lonePairElectrons = Math.max(outerElectrons(z) - defaultValence - charge(atom), 0);
        int result = defaultValence - degree + lonePairElectrons - mol.getConnectedSingleElectronsCount(atom);
        if (result > 1 && unsaturations(atom) > 1) {
            result = 1;
        }
        return result;
    }

    private static boolean isCandidate(IAtomContainer mol, IAtom atom, Donor donor) {
        int z = atomicNumber(atom);
        if (z > 18 && z != 34 && z != 52) {
            return false;
        }
        if (donor == Donor.NONE) {
            return false;
        }
        if (defaultValence(z) > 0 && totalValence(atom) > defaultValence(z - charge(atom))) {
            return false;
        }
        if (mol.getConnectedSingleElectronsCount(atom) > 0 && (z != 6 || charge(atom) != 0)) {
            return false;
        }
        int multipleBonds = 0;
        for (IBond bond : atom.bonds()) {
            if (order(bond) >= 2) {
                multipleBonds++;
            }
        }
        return multipleBonds <= 1;
    }

    private static IAtom exocyclicMultipleBondPartner(IAtom atom) {
        for (IBond bond : atom.bonds()) {
            if (!bond.isInRing() && order(bond) >= 2) {
                return bond.getOther(atom);
            }
        }
        return null;
    }

    private static boolean hasMultipleBond(IAtom atom, boolean ringOnly) {
        for (IBond bond : atom.bonds()) {
            if ((!ringOnly || bond.isInRing()) && order(bond) >= 2) {
                return true;
            }
        }
        return false;
    }

    /** RDKit ranks electronegativity by outer electrons, then by lower atomic number. */
    private static boolean moreElectronegative(IAtom a, IAtom b) {
        int za = atomicNumber(a);
        int zb = atomicNumber(b);
        int ea = outerElectrons(za);
        int eb = outerElectrons(zb);
        return ea > eb || (ea == eb && za < zb);
    }

    private static int unsaturations(IAtom atom) {
        int sum = 0;
        for (IBond bond : atom.bonds()) {
            sum += Math.max(order(bond) - 1, 0);
        }
        return sum;
    }

    private static int totalValence(IAtom atom) {
        int valence = implicitH(atom);
        for (IBond bond : atom.bonds()) {
            valence += order(bond);
        }
        return valence;
    }

    private static int order(IBond bond) {
        IBond.Order order = bond.getOrder();
        return order == null || order == IBond.Order.UNSET ? 0 : order.numeric();
    }

    private static int atomicNumber(IAtom atom) {
        Integer z = atom.getAtomicNumber();
        return z == null ? 0 : z;
    }

    private static int implicitH(IAtom atom) {
        Integer h = atom.getImplicitHydrogenCount();
        return h == null ? 0 : h;
    }

    private static int charge(IAtom atom) {
        Integer q = atom.getFormalCharge();
        return q == null ? 0 : q;
    }

    private static int defaultValence(int z) {
        return z >= 0 && z < DEFAULT_VALENCE.length ? DEFAULT_VALENCE[z] : -1;
    }

    private static int outerElectrons(int z) {
        return z >= 0 && z < OUTER_ELECTRONS.length ? OUTER_ELECTRONS[z] : 0;
    }
}
