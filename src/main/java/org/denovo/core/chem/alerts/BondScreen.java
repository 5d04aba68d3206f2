package org.denovo.core.chem.alerts;

import java.util.BitSet;
import org.denovo.core.chem.smarts.TargetGraph;
import org.openscience.cdk.AtomRef;
import org.openscience.cdk.BondRef;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryBond;

/**
 * Bond-level pre-screen: each query bond whose two atoms and bond type are pinned down enough can only map
 * onto a molecule bond of one of a few kinds (element and aromaticity at each end, bond class), so the
 * molecule must contain one. Kinds are hashed into a 512-bit set per molecule; a query bond keeps the mask of
 * kinds it could match, and a pattern passes only when every such mask meets the molecule's set. Conservative:
 * anything not understood (negation, unknown elements) leaves the bond unconstrained.
 */
final class BondScreen {
    static final int WORDS = 8;
    private static final int BITS = WORDS * 64;
    private static final int MAX_ELEMENT = 128;
    private static final int MAX_KINDS_PER_BOND = 96;

    /** Target bond classes a query bond primitive can be satisfied by. */
    private static final int AROMATIC = 1;
    private static final int ORDER_1 = 1 << 1;
    private static final int ORDER_2 = 1 << 2;
    private static final int ORDER_3 = 1 << 3;
    private static final int ORDER_OTHER = 1 << 4;
    private static final int ALIPHATIC_1 = 1 << 5;
    private static final int ALIPHATIC_2 = 1 << 6;
    private static final int ALIPHATIC_3 = 1 << 7;
    private static final int ALIPHATIC_OTHER = 1 << 8;
    static final int ANY = (1 << 9) - 1;
    static final int CLASS_COUNT = 9;

    private BondScreen() {
    }

    /** The molecule's set of bond kinds. */
    static long[] features(TargetGraph g) {
        long[] bits = new long[WORDS];
        for (int a = 0; a < g.atomCount(); a++) {
            int ca = atomClass(g.atomicNumber(a), g.isAromatic(a));
            for (int k = 0; k < g.neighbourCount(a); k++) {
                int b = g.neighbour(a, k);
                if (b < a) {
                    continue;
                }
                int cb = atomClass(g.atomicNumber(b), g.isAromatic(b));
                int classes = targetClasses(g, g.bondTo(a, k));
                for (int c = 0; c < CLASS_COUNT; c++) {
                    if ((classes & (1 << c)) != 0) {
                        int bit = hash(ca, cb, c);
                        bits[bit >>> 6] |= 1L << bit;
                    }
                }
            }
        }
        return bits;
    }

    /** Masks (WORDS longs each) of the query bonds that can be screened; empty when none can. */
    static long[][] requirements(IAtomContainer query) {
        java.util.List<long[]> masks = new java.util.ArrayList<>();
        for (IBond bond : query.bonds()) {
            BitSet left = atomClasses(expression(query, query.indexOf(bond.getBegin())));
            BitSet right = atomClasses(expression(query, query.indexOf(bond.getEnd())));
            int classes = queryClasses(((QueryBond) BondRef.deref(bond)).getExpression());
            if (left == null || right == null || classes == ANY
                    || (long) left.cardinality() * right.cardinality() * Integer.bitCount(classes) > MAX_KINDS_PER_BOND) {
                continue;
            }
            long[] mask = new long[WORDS];
            for (int ca = left.nextSetBit(0); ca >= 0; ca = left.nextSetBit(ca + 1)) {
                for (int cb = right.nextSetBit(0); cb >= 0; cb = right.nextSetBit(cb + 1)) {
                    for (int c = 0; c < CLASS_COUNT; c++) {
                        if ((classes & (1 << c)) != 0) {
                            int bit = hash(ca, cb, c);
                            mask[bit >>> 6] |= 1L << bit;
                        }
                    }
                }
            }
            masks.add(mask);
        }
        return masks.toArray(new long[0][]);
    }

    static boolean mayMatch(long[][] requirements, long[] features) {
        for (long[] mask : requirements) {
            boolean met = false;
            for (int w = 0; w < WORDS && !met; w++) {
                met = (mask[w] & features[w]) != 0;
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    static Expr expression(IAtomContainer query, int atom) {
        return ((QueryAtom) AtomRef.deref(query.getAtom(atom))).getExpression();
    }

    static int atomClass(int z, boolean aromatic) {
        int element = z >= 0 && z < MAX_ELEMENT ? z : 0;
        return element * 2 + (aromatic ? 1 : 0);
    }

    private static int hash(int ca, int cb, int bondClass) {
        int lo = Math.min(ca, cb);
        int hi = Math.max(ca, cb);
        int h = (lo * 0x9E3779B1) ^ (hi * 0x85EBCA77) ^ (bondClass * 0xC2B2AE3D);
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 13;
        return Math.floorMod(h, BITS);
    }

    static int targetClasses(TargetGraph g, int bond) {
        int order = g.bondOrder(bond);
        int classes = switch (order) {
            case 1 -> ORDER_1;
            case 2 -> ORDER_2;
            case 3 -> ORDER_3;
            default -> ORDER_OTHER;
        };
        if (g.isBondAromatic(bond)) {
            classes |= AROMATIC;
        } else {
            classes |= switch (order) {
                case 1 -> ALIPHATIC_1;
                case 2 -> ALIPHATIC_2;
                case 3 -> ALIPHATIC_3;
                default -> ALIPHATIC_OTHER;
            };
        }
        return classes;
    }

    /** Target classes that can satisfy a bond expression; ANY when not understood. */
    static int queryClasses(Expr expr) {
        switch (expr.type()) {
            case ALIPHATIC_ORDER:
                return switch (expr.value()) {
                    case 1 -> ALIPHATIC_1;
                    case 2 -> ALIPHATIC_2;
                    case 3 -> ALIPHATIC_3;
                    default -> ALIPHATIC_OTHER;
                };
            case ORDER:
                return switch (expr.value()) {
                    case 1 -> ORDER_1;
                    case 2 -> ORDER_2;
                    case 3 -> ORDER_3;
                    default -> ORDER_OTHER;
                };
            case IS_AROMATIC:
                return AROMATIC;
            case SINGLE_OR_AROMATIC:
                return AROMATIC | ORDER_1;
            case DOUBLE_OR_AROMATIC:
                return AROMATIC | ORDER_2;
            case SINGLE_OR_DOUBLE:
                return ORDER_1 | ORDER_2;
            case FALSE:
                return 0;
            case AND: {
                int left = queryClasses(expr.left());
                int right = queryClasses(expr.right());
                // a class bit is a property of one bond: both sides must allow a bond, not the same bit
                return left == ANY ? right : (right == ANY ? left : sameBondIntersection(left, right));
            }
            case OR:
                return queryClasses(expr.left()) | queryClasses(expr.right());
            default:
                return ANY;
        }
    }

    /**
     * Classes are not exclusive (an aromatic bond is also ORDER_1 or ORDER_2), so AND of two primitives is
     * only narrowed where that is safe: otherwise the left side's classes stand (still a superset).
     */
    private static int sameBondIntersection(int left, int right) {
        return Integer.bitCount(left) <= Integer.bitCount(right) ? left : right;
    }

    /** (element, aromatic) classes an atom expression can match; null when any. */
    static BitSet atomClasses(Expr expr) {
        switch (expr.type()) {
            case ELEMENT: {
                if (expr.value() < 0 || expr.value() >= MAX_ELEMENT) {
                    return null;
                }
                BitSet s = new BitSet();
                s.set(expr.value() * 2);
                s.set(expr.value() * 2 + 1);
                return s;
            }
            case ALIPHATIC_ELEMENT:
            case AROMATIC_ELEMENT: {
                if (expr.value() < 0 || expr.value() >= MAX_ELEMENT) {
                    return null;
                }
                BitSet s = new BitSet();
                s.set(expr.value() * 2 + (expr.type() == Expr.Type.AROMATIC_ELEMENT ? 1 : 0));
                return s;
            }
            case FALSE:
                return new BitSet();
            case AND: {
                BitSet left = atomClasses(expr.left());
                BitSet right = atomClasses(expr.right());
                BitSet aromaticity = aromaticity(expr.left());
                BitSet aromaticityRight = aromaticity(expr.right());
                BitSet out = left == null ? right : left;
                if (left != null && right != null) {
                    out = (BitSet) left.clone();
                    out.and(right);
                }
                if (out != null) {
                    out = (BitSet) out.clone();
                    if (aromaticity != null) {
                        out.and(aromaticity);
                    }
                    if (aromaticityRight != null) {
                        out.and(aromaticityRight);
                    }
                }
                return out;
            }
            case OR: {
                BitSet left = atomClasses(expr.left());
                BitSet right = atomClasses(expr.right());
                if (left == null || right == null) {
                    return null;
                }
                BitSet out = (BitSet) left.clone();
                out.or(right);
                return out;
            }
            case RECURSIVE: {
                IAtomContainer sub = expr.subquery();
                return sub.getAtomCount() == 0 ? null : atomClasses(expression(sub, 0));
            }
            default:
                return null;
        }
    }

    /** The classes allowed by a bare aromatic/aliphatic primitive, else null (no restriction known). */
    private static BitSet aromaticity(Expr expr) {
        if (expr.type() != Expr.Type.IS_AROMATIC && expr.type() != Expr.Type.IS_ALIPHATIC) {
            return null;
        }
        int parity = expr.type() == Expr.Type.IS_AROMATIC ? 1 : 0;
        BitSet s = new BitSet();
        for (int z = 0; z < MAX_ELEMENT; z++) {
            s.set(z * 2 + parity);
        }
        return s;
    }
}
