package org.denovo.core.chem.smarts;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.IdentityHashMap;
import org.openscience.cdk.config.Elements;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.denovo.core.chem.structure.RingCounts;

/**
 * A molecule flattened into primitive arrays for {@link SubgraphPattern}: every per-atom and per-bond value a
 * SMARTS primitive reads, precomputed once with CDK's own query semantics ({@code Expr.matches}), so that
 * matching hundreds of patterns touches no CDK objects. Adjacency keeps each atom's CDK bond order, which
 * CDK's ring-size test depends on. Built from a prepared molecule (rings and aromaticity perceived); it
 * does not change the molecule and is not thread-safe (it memoises recursive SMARTS results).
 */
public final class TargetGraph {
    static final int NULL_VALUE = Integer.MIN_VALUE;
    private static final int[] PERIODIC_GROUP = periodicGroups();

    final int atomCount;
    final int bondCount;
    final int[] atomicNumber;
    final boolean[] aromatic;
    final boolean[] inRing;
    /** Implicit hydrogen count, {@link #NULL_VALUE} when unset. */
    final int[] implicitH;
    /** Implicit plus explicit hydrogen neighbours. */
    final int[] totalH;
    final int[] degree;
    /** Mass number, {@link #NULL_VALUE} when unset. */
    final int[] massNumber;
    /** Formal charge, {@link #NULL_VALUE} when unset. */
    final int[] charge;
    final int[] ringBonds;
    /** Sum of bond orders (implicit hydrogens not included). */
    final int[] bondOrderSum;
    /** Sum over bonds of max(order - 1, 0). */
    final int[] insaturation;
    final int[] heteroNeighbours;
    /** neighbours[a][k] is a's k-th neighbour in CDK's bond order; bondTo[a][k] the bond index to it. */
    final int[][] neighbours;
    final int[][] bondTo;
    /** Bond order 1..4, 0 when unset; {@link #NULL_VALUE} when null. */
    final int[] bondOrder;
    final boolean[] bondAromatic;
    final boolean[] bondInRing;

    private int[] ringCounts;
    private final IAtomContainer source;
    private IdentityHashMap<Object, byte[]> recursiveMemo;
    private int[] ringSearchMark;
    private long[] ringSizeKnown;
    private long[] ringSizeYes;
    private long[] smallestKnown;
    private long[] smallestYes;
    private int[][] atomsByElement;
    static final int MAX_INDEXED_ELEMENT = 128;
    private static final int[] NO_ATOMS = new int[0];

    private TargetGraph(IAtomContainer source, int n, int m) {
        this.source = source;
        atomCount = n;
        bondCount = m;
        atomicNumber = new int[n];
        aromatic = new boolean[n];
        inRing = new boolean[n];
        implicitH = new int[n];
        totalH = new int[n];
        degree = new int[n];
        massNumber = new int[n];
        charge = new int[n];
        ringBonds = new int[n];
        bondOrderSum = new int[n];
        insaturation = new int[n];
        heteroNeighbours = new int[n];
        neighbours = new int[n][];
        bondTo = new int[n][];
        bondOrder = new int[m];
        bondAromatic = new boolean[m];
        bondInRing = new boolean[m];
    }

    private TargetGraph(IAtomContainer mol) {
        this(mol, mol.getAtomCount(), mol.getBondCount());
        int n = atomCount;
        int m = bondCount;
        for (int b = 0; b < m; b++) {
            IBond bond = mol.getBond(b);
            IBond.Order order = bond.getOrder();
            bondOrder[b] = order == null ? NULL_VALUE : order.numeric();
            bondAromatic[b] = bond.isAromatic();
            bondInRing[b] = bond.isInRing();
        }
        for (int a = 0; a < n; a++) {
            IAtom atom = mol.getAtom(a);
            Integer z = atom.getAtomicNumber();
            atomicNumber[a] = z == null ? NULL_VALUE : z;
            aromatic[a] = atom.isAromatic();
            inRing[a] = atom.isInRing();
            Integer h = atom.getImplicitHydrogenCount();
            implicitH[a] = h == null ? NULL_VALUE : h;
            Integer mass = atom.getMassNumber();
            massNumber[a] = mass == null ? NULL_VALUE : mass;
            Integer q = atom.getFormalCharge();
            charge[a] = q == null ? NULL_VALUE : q;
            int d = atom.getBondCount();
            degree[a] = d;
            int[] nbrs = new int[d];
            int[] viaBond = new int[d];
            int k = 0;
            int hNeighbours = 0;
            for (IBond bond : atom.bonds()) {
                IAtom other = bond.getOther(atom);
                int b = bond.getIndex();
                nbrs[k] = other.getIndex();
                viaBond[k++] = b;
                Integer oz = other.getAtomicNumber();
                if (oz != null && oz == 1) {
                    hNeighbours++;
                }
                if (oz == null || oz != 6 && oz != 1) {
                    heteroNeighbours[a]++;
                }
                ringBonds[a] += bondInRing[b] ? 1 : 0;
                int order = bondOrder[b] == NULL_VALUE ? 0 : bondOrder[b];
                bondOrderSum[a] += order;
                insaturation[a] += Math.max(order - 1, 0);
            }
            neighbours[a] = nbrs;
            bondTo[a] = viaBond;
            totalH[a] = (h == null ? 0 : h) + hNeighbours;
        }
    }

    /** Flattens a prepared molecule (see {@link Molecules#perceive}). */
    public static TargetGraph of(IAtomContainer mol) {
        return new TargetGraph(mol);
    }

    /**
     * The same graph with every implicit hydrogen as an explicit atom, as CDK's
     * {@code convertImplicitToExplicitHydrogens} would make it: hydrogens are appended after the existing
     * atoms, atom by atom, each bonded to its parent by a single bond as the parent's last bond.
     */
    public TargetGraph withExplicitHydrogens() {
        int added = 0;
        for (int a = 0; a < atomCount; a++) {
            added += Math.max(implicitH[a], 0);
        }
        TargetGraph g = new TargetGraph(source, atomCount + added, bondCount + added);
        System.arraycopy(bondOrder, 0, g.bondOrder, 0, bondCount);
        System.arraycopy(bondAromatic, 0, g.bondAromatic, 0, bondCount);
        System.arraycopy(bondInRing, 0, g.bondInRing, 0, bondCount);
        int h = atomCount;
        int b = bondCount;
        for (int a = 0; a < atomCount; a++) {
            int implicit = Math.max(implicitH[a], 0);
            g.atomicNumber[a] = atomicNumber[a];
            g.aromatic[a] = aromatic[a];
            g.inRing[a] = inRing[a];
            g.implicitH[a] = implicitH[a] == NULL_VALUE ? NULL_VALUE : 0;
            g.totalH[a] = totalH[a];
            g.degree[a] = degree[a] + implicit;
            g.massNumber[a] = massNumber[a];
            g.charge[a] = charge[a];
            g.ringBonds[a] = ringBonds[a];
            g.bondOrderSum[a] = bondOrderSum[a] + implicit;
            g.insaturation[a] = insaturation[a];
            g.heteroNeighbours[a] = heteroNeighbours[a];
            int d = degree[a];
            g.neighbours[a] = Arrays.copyOf(neighbours[a], d + implicit);
            g.bondTo[a] = Arrays.copyOf(bondTo[a], d + implicit);
            boolean heteroParent = atomicNumber[a] != 6 && atomicNumber[a] != 1;
            for (int k = 0; k < implicit; k++, h++, b++) {
                g.neighbours[a][d + k] = h;
                g.bondTo[a][d + k] = b;
                g.bondOrder[b] = 1;
                g.atomicNumber[h] = 1;
                g.implicitH[h] = 0;
                g.degree[h] = 1;
                g.massNumber[h] = NULL_VALUE;
                g.bondOrderSum[h] = 1;
                g.heteroNeighbours[h] = heteroParent ? 1 : 0;
                g.neighbours[h] = new int[] {a};
                g.bondTo[h] = new int[] {b};
            }
        }
        g.ringCounts = ringCounts == null ? null : Arrays.copyOf(ringCounts, g.atomCount);
        return g;
    }

    /** The molecule this graph was built from; its atoms are this graph's first atoms, in order. */
    public IAtomContainer molecule() {
        return source;
    }

    public int atomicNumber(int atom) {
        return atomicNumber[atom];
    }

    public boolean isAromatic(int atom) {
        return aromatic[atom];
    }

    public boolean isInRing(int atom) {
        return inRing[atom];
    }

    /** Formal charge, or {@link Integer#MIN_VALUE} when unset. */
    public int formalCharge(int atom) {
        return charge[atom];
    }

    /** Bonds in this graph. */
    public int degree(int atom) {
        return degree[atom];
    }

    /** Implicit hydrogens, 0 when unset. */
    public int implicitHydrogens(int atom) {
        return implicitH[atom] == NULL_VALUE ? 0 : implicitH[atom];
    }

    /** Implicit hydrogens plus hydrogen neighbours. */
    public int totalHydrogens(int atom) {
        return totalH[atom];
    }

    public int ringBondCount(int atom) {
        return ringBonds[atom];
    }

    public int neighbourCount(int atom) {
        return neighbours[atom].length;
    }

    /** The k-th neighbour of an atom, in CDK's bond order. */
    public int neighbour(int atom, int k) {
        return neighbours[atom][k];
    }

    /** The bond to the k-th neighbour. */
    public int bondTo(int atom, int k) {
        return bondTo[atom][k];
    }

    /** Bond order 1..4, 0 when unset or null. */
    public int bondOrder(int bond) {
        return bondOrder[bond] == NULL_VALUE ? 0 : bondOrder[bond];
    }

    public boolean isBondInRing(int bond) {
        return bondInRing[bond];
    }

    public boolean isBondAromatic(int bond) {
        return bondAromatic[bond];
    }

    /** Minimum-cycle-basis ring count, as CDK's R&lt;n&gt; reads it. */
    public int smartsRingCount(int atom) {
        return ringCount(atom);
    }

    public int atomCount() {
        return atomCount;
    }

    public int bondCount() {
        return bondCount;
    }

    /** Minimum-cycle-basis ring count of an atom, as CDK's R&lt;n&gt; reads it; computed on first use. */
    int ringCount(int atom) {
        if (ringCounts == null) {
            // atoms beyond the source's are added hydrogens, in no ring
            ringCounts = Arrays.copyOf(RingCounts.of(source), atomCount);
        }
        return ringCounts[atom];
    }

    int periodicGroup(int atom) {
        int z = atomicNumber[atom];
        return z >= 0 && z < PERIODIC_GROUP.length ? PERIODIC_GROUP[z] : 0;
    }

    /** Index of the bond between two atoms, or -1. */
    int bondBetween(int a, int b) {
        int[] nbrs = neighbours[a];
        for (int k = 0; k < nbrs.length; k++) {
            if (nbrs[k] == b) {
                return bondTo[a][k];
            }
        }
        return -1;
    }

    /** Memo for a recursive SMARTS (0 unknown, 1 matches, 2 does not), per atom. */
    byte[] recursiveMemo(Object pattern) {
        if (recursiveMemo == null) {
            recursiveMemo = new IdentityHashMap<>();
        }
        return recursiveMemo.computeIfAbsent(pattern, p -> new byte[atomCount]);
    }

    /** {@link #inRingOfSize} (SMARTS {@code Z<n>}), remembered per atom and size below 64. */
    boolean inRingOfSizeMemoised(int atom, int size) {
        if (size < 0 || size >= 64) {
            return inRingOfSize(atom, size);
        }
        if (ringSizeKnown == null) {
            ringSizeKnown = new long[atomCount];
            ringSizeYes = new long[atomCount];
        }
        return remembered(ringSizeKnown, ringSizeYes, atom, size, false);
    }

    /** {@link #smallestRingIs} (SMARTS {@code r<n>}: r9..r18 lists test many sizes), remembered likewise. */
    boolean smallestRingIsMemoised(int atom, int size) {
        if (size < 0 || size >= 64) {
            return smallestRingIs(atom, size);
        }
        if (smallestKnown == null) {
            smallestKnown = new long[atomCount];
            smallestYes = new long[atomCount];
        }
        return remembered(smallestKnown, smallestYes, atom, size, true);
    }

    private boolean remembered(long[] known, long[] yes, int atom, int size, boolean smallest) {
        long bit = 1L << size;
        if ((known[atom] & bit) == 0) {
            known[atom] |= bit;
            if (smallest ? smallestRingIs(atom, size) : inRingOfSize(atom, size)) {
                yes[atom] |= bit;
            }
        }
        return (yes[atom] & bit) != 0;
    }

    /** Atoms of one element, for choosing match roots; built on first use. */
    int[] atomsOfElement(int z) {
        if (atomsByElement == null) {
            int[] counts = new int[MAX_INDEXED_ELEMENT];
            for (int a = 0; a < atomCount; a++) {
                int e = atomicNumber[a];
                counts[e >= 0 && e < MAX_INDEXED_ELEMENT ? e : 0]++;
            }
            atomsByElement = new int[MAX_INDEXED_ELEMENT][];
            for (int e = 0; e < MAX_INDEXED_ELEMENT; e++) {
                atomsByElement[e] = counts[e] == 0 ? NO_ATOMS : new int[counts[e]];
                counts[e] = 0;
            }
            for (int a = 0; a < atomCount; a++) {
                int e = atomicNumber[a];
                e = e >= 0 && e < MAX_INDEXED_ELEMENT ? e : 0;
                atomsByElement[e][counts[e]++] = a;
            }
        }
        return z >= 0 && z < MAX_INDEXED_ELEMENT ? atomsByElement[z] : NO_ATOMS;
    }

    /** CDK's RING_SIZE test: a depth-first walk with its early exits and visited flags, ported as is. */
    boolean inRingOfSize(int atom, int size) {
        if (ringSearchMark == null) {
            ringSearchMark = new int[atomCount];
        } else {
            Arrays.fill(ringSearchMark, 0);
        }
        return ringOfSize(atom, -1, atom, 1, size);
    }

    private boolean ringOfSize(int atom, int prevBond, int begin, int size, int required) {
        ringSearchMark[atom] = 1;
        int[] nbrs = neighbours[atom];
        for (int k = 0; k < nbrs.length; k++) {
            int bond = bondTo[atom][k];
            if (bond == prevBond) {
                continue;
            }
            int nbr = nbrs[k];
            if (nbr == begin) {
                return size == required;
            } else if (size < required && ringSearchMark[nbr] == 0
                    && ringOfSize(nbr, bond, begin, size + 1, required)) {
                return true;
            }
        }
        ringSearchMark[atom] = 0;
        return false;
    }

    /** CDK's RING_SMALLEST test (a breadth-first search over ring bonds), ported as is. */
    boolean smallestRingIs(int atom, int size) {
        int n = atomCount;
        int[] distTo = new int[n];
        Arrays.fill(distTo, 1 + n);
        distTo[atom] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.push(atom);
        int smallest = 1 + n;
        while (!queue.isEmpty()) {
            int a = queue.poll();
            int dist = 1 + distTo[a];
            int[] nbrs = neighbours[a];
            for (int k = 0; k < nbrs.length; k++) {
                if (!bondInRing[bondTo[a][k]]) {
                    continue;
                }
                int nbr = nbrs[k];
                if (dist < distTo[nbr]) {
                    distTo[nbr] = dist;
                    queue.add(nbr);
                } else if (dist != 2 + distTo[nbr]) {
                    int tmp = dist + distTo[nbr];
                    if (tmp < smallest) {
                        smallest = tmp;
                    }
                }
            }
            if (2 * dist > 1 + size) {
                break;
            }
        }
        return smallest == size;
    }

    private static int[] periodicGroups() {
        int[] groups = new int[119];
        for (int z = 0; z < groups.length; z++) {
            groups[z] = Elements.ofNumber(z).group();
        }
        return groups;
    }
}
