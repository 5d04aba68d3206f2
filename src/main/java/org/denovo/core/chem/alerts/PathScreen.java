package org.denovo.core.chem.alerts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.denovo.core.chem.smarts.TargetGraph;
import org.openscience.cdk.BondRef;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.QueryBond;

/**
 * Two-bond path screen, after {@link BondScreen}: a query atom with two bonds whose atoms and bond types are
 * pinned down enough can only map onto a molecule atom with two distinct neighbours of matching kinds, so the
 * molecule must contain such a path. Paths (centre kind, and the unordered pair of neighbour kind with bond
 * class) are hashed into an 8,192-bit set per molecule; a query path keeps the few bits it could set, and a
 * pattern passes only when each of its paths finds one of them. Conservative like {@link BondScreen}.
 */
final class PathScreen {
    private static final int WORDS = 128;
    private static final int BITS = WORDS * 64;
    private static final int MAX_BITS_PER_PATH = 64;

    private PathScreen() {
    }

    /** The molecule's set of two-bond paths. */
    static long[] features(TargetGraph g) {
        long[] bits = new long[WORDS];
        for (int c = 0; c < g.atomCount(); c++) {
            int n = g.neighbourCount(c);
            if (n < 2) {
                continue;
            }
            int centre = BondScreen.atomClass(g.atomicNumber(c), g.isAromatic(c));
            for (int i = 0; i < n; i++) {
                int a = g.neighbour(c, i);
                int ca = BondScreen.atomClass(g.atomicNumber(a), g.isAromatic(a));
                int ta = BondScreen.targetClasses(g, g.bondTo(c, i));
                for (int j = i + 1; j < n; j++) {
                    int b = g.neighbour(c, j);
                    int cb = BondScreen.atomClass(g.atomicNumber(b), g.isAromatic(b));
                    int tb = BondScreen.targetClasses(g, g.bondTo(c, j));
                    for (int x = 0; x < BondScreen.CLASS_COUNT; x++) {
                        if ((ta & (1 << x)) == 0) {
                            continue;
                        }
                        for (int y = 0; y < BondScreen.CLASS_COUNT; y++) {
                            if ((tb & (1 << y)) != 0) {
                                int bit = hash(centre, ca, x, cb, y);
                                bits[bit >>> 6] |= 1L << bit;
                            }
                        }
                    }
                }
            }
        }
        return bits;
    }

    /** For each screenable query path, the bits of which the molecule must have at least one; empty when none. */
    static int[][] requirements(IAtomContainer query) {
        List<int[]> paths = new ArrayList<>();
        for (IAtom centreAtom : query.atoms()) {
            int c = query.indexOf(centreAtom);
            BitSet centre = BondScreen.atomClasses(BondScreen.expression(query, c));
            List<IBond> bonds = query.getConnectedBondsList(centreAtom);
            if (centre == null || bonds.size() < 2) {
                continue;
            }
            for (int i = 0; i < bonds.size(); i++) {
                for (int j = i + 1; j < bonds.size(); j++) {
                    int[] bits = pathBits(query, centre, centreAtom, bonds.get(i), bonds.get(j));
                    if (bits != null) {
                        paths.add(bits);
                    }
                }
            }
        }
        return paths.toArray(new int[0][]);
    }

    private static int[] pathBits(IAtomContainer query, BitSet centre, IAtom centreAtom, IBond first, IBond second) {
        BitSet left = BondScreen.atomClasses(BondScreen.expression(query, query.indexOf(first.getOther(centreAtom))));
        BitSet right = BondScreen.atomClasses(BondScreen.expression(query, query.indexOf(second.getOther(centreAtom))));
        int leftBond = BondScreen.queryClasses(((QueryBond) BondRef.deref(first)).getExpression());
        int rightBond = BondScreen.queryClasses(((QueryBond) BondRef.deref(second)).getExpression());
        if (left == null || right == null || leftBond == BondScreen.ANY || rightBond == BondScreen.ANY
                || (long) centre.cardinality() * left.cardinality() * right.cardinality()
                * Integer.bitCount(leftBond) * Integer.bitCount(rightBond) > MAX_BITS_PER_PATH) {
            return null;
        }
        BitSet bits = new BitSet(BITS);
        for (int cc = centre.nextSetBit(0); cc >= 0; cc = centre.nextSetBit(cc + 1)) {
            for (int ca = left.nextSetBit(0); ca >= 0; ca = left.nextSetBit(ca + 1)) {
                for (int cb = right.nextSetBit(0); cb >= 0; cb = right.nextSetBit(cb + 1)) {
                    for (int x = 0; x < BondScreen.CLASS_COUNT; x++) {
                        for (int y = 0; y < BondScreen.CLASS_COUNT; y++) {
                            if ((leftBond & (1 << x)) != 0 && (rightBond & (1 << y)) != 0) {
                                bits.set(hash(cc, ca, x, cb, y));
                            }
                        }
                    }
                }
            }
        }
        return bits.stream().toArray();
    }

    static boolean mayMatch(int[][] requirements, long[] features) {
        for (int[] path : requirements) {
            boolean met = false;
            for (int k = 0; k < path.length && !met; k++) {
                met = (features[path[k] >>> 6] & (1L << path[k])) != 0;
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /** Symmetric in the two (neighbour class, bond class) ends. */
    private static int hash(int centre, int leftAtom, int leftBond, int rightAtom, int rightBond) {
        int left = leftAtom * 16 + leftBond;
        int right = rightAtom * 16 + rightBond;
        int lo = Math.min(left, right);
        int hi = Math.max(left, right);
        int h = (centre * 0x9E3779B1) ^ (lo * 0x85EBCA77) ^ (hi * 0xC2B2AE3D);
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        h ^= h >>> 15;
        h *= 0x846CA68B;
        h ^= h >>> 16;
        return Math.floorMod(h, BITS);
    }
}
