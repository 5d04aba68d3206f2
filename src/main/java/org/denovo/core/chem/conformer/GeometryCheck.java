package org.denovo.core.chem.conformer;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import javax.vecmath.Point3d;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * How sane a set of 3D coordinates is, measured on the molecule with explicit hydrogens.
 *
 * <p><b>Bond lengths.</b> Every bond is compared with an ideal length built from Pyykkö's covalent radii
 * (single-, double- and triple-bond radii; P. Pyykkö, M. Atsumi, Chem. Eur. J. 2009, 15, 186 and 12770;
 * Chem. Eur. J. 2005, 11, 3511). Single, double and triple bonds have one ideal: the sum of the two radii for
 * that order. Bonds whose order lies between 1 and 2 get an ideal <em>range</em> from the double-bond sum to
 * the single-bond sum: aromatic bonds, and single bonds in a conjugated pair (both ends carry a pi bond, or
 * one carries a pi bond and the other is N, O or S with a lone pair: amides, esters, anilines, biaryls,
 * nitro N–O⁻). One exception to the radii: an O–O single bond is 1.47 Å (peroxides; the radii give 1.26 Å).
 * A bond's deviation is its relative distance to the ideal (0 inside the range); a bond is
 * "within 10%" when that deviation is at most {@link #MAX_BOND_DEVIATION}. Bonds to elements missing from the
 * radius table are not checked and are counted in {@link #uncheckedBonds()}.
 *
 * <p><b>Overlap.</b> Only pairs at least three bonds apart are compared (1-2 and 1-3 distances are bond
 * lengths and angles). Two atoms overlap when closer than {@link #MIN_ANY_DISTANCE} (0.7 Å, any elements:
 * the atoms sit on top of each other), or, for two non-hydrogen atoms, closer than {@link #MIN_HEAVY_DISTANCE}
 * (2.0 Å, about the length of the longest common bonds, S–S and C–I; real contacts between non-hydrogen atoms
 * three or more bonds apart are 2.4 Å and longer: eclipsed 1-4 carbons 2.5 Å, hydrogen-bonded O···O 2.5 Å,
 * the 1-4 carbons of norbornane 2.4 Å).
 *
 * <p><b>Coordinates.</b> Every atom needs a finite 3D point. A molecule that has an atom with four or more
 * neighbours (an sp3 centre) cannot be flat; its coordinates are flagged "flat" when the root-mean-square
 * distance of the atoms from their best plane is under {@link #MIN_PLANE_RMS} (a 2D layout with z = 0).
 *
 * @param atoms atoms checked, hydrogens included
 * @param finite every atom has a 3D point with finite coordinates
 * @param threeD false when the molecule must be non-planar but the coordinates lie in a plane
 * @param planeRms RMS distance of the atoms from their best-fit plane, in Å
 * @param minHeavyDistance shortest distance between two non-hydrogen atoms at least three bonds apart (Å),
 *     or {@link Double#POSITIVE_INFINITY} when there is no such pair
 * @param minAnyDistance as {@code minHeavyDistance}, over all atoms including hydrogens
 * @param overlap two atoms closer than the thresholds above
 * @param worstBondDeviation the largest relative deviation of a bond from its ideal length
 * @param worstBond that bond, for messages (for example {@code "C3-N4 1.71 Å, ideal 1.46 Å"}), or ""
 * @param uncheckedBonds bonds with an element outside the radius table
 */
public record GeometryCheck(int atoms, boolean finite, boolean threeD, double planeRms, double minHeavyDistance,
        double minAnyDistance, boolean overlap, double worstBondDeviation, String worstBond, int uncheckedBonds) {

    /** Largest accepted relative deviation of a bond length from its ideal (10%). */
    public static final double MAX_BOND_DEVIATION = 0.10;
    /** Any two atoms three or more bonds apart closer than this overlap (Å). */
    public static final double MIN_ANY_DISTANCE = 0.7;
    /** Two non-hydrogen atoms three or more bonds apart closer than this overlap (Å). */
    public static final double MIN_HEAVY_DISTANCE = 2.0;
    /** Below this RMS distance from the best plane (Å) the coordinates count as flat. */
    public static final double MIN_PLANE_RMS = 0.05;

    /** Failure reasons, in the order {@link #failure()} reports them. */
    public static final String NOT_FINITE = "missing or non-finite coordinates";
    public static final String FLAT = "flat (2D) coordinates";
    public static final String OVERLAP = "overlapping atoms";
    public static final String BOND_LENGTH = "bond length off by more than 10%";

    /** Sane: finite, 3D where the molecule cannot be flat, no overlapping atoms, every bond within 10%. */
    public boolean sane() {
        return failure() == null;
    }

    /** The first reason these coordinates are not sane, or null when they are. */
    public String failure() {
        if (!finite) {
            return NOT_FINITE;
        }
        if (!threeD) {
            return FLAT;
        }
        if (overlap) {
            return OVERLAP;
        }
        if (worstBondDeviation > MAX_BOND_DEVIATION) {
            return BOND_LENGTH;
        }
        return null;
    }

    /** A one-line summary for logs and messages. */
    public String describe() {
        return String.format(Locale.ROOT, "%s; %d atoms, min heavy-atom distance %.2f Å, min distance %.2f Å, "
                + "worst bond %.1f%% (%s), plane RMS %.2f Å", sane() ? "sane" : failure(), atoms, minHeavyDistance,
                minAnyDistance, 100 * worstBondDeviation, worstBond.isEmpty() ? "none" : worstBond, planeRms);
    }

    /** Checks the 3D coordinates ({@link IAtom#getPoint3d()}) of a molecule; bond orders and aromatic flags must be set. */
    public static GeometryCheck of(IAtomContainer mol) {
        int n = mol.getAtomCount();
        double[][] xyz = new double[n][];
        boolean finite = true;
        for (int i = 0; i < n; i++) {
            Point3d p = mol.getAtom(i).getPoint3d();
            if (p == null || !Double.isFinite(p.x) || !Double.isFinite(p.y) || !Double.isFinite(p.z)) {
                finite = false;
            } else {
                xyz[i] = new double[] {p.x, p.y, p.z};
            }
        }
        if (!finite) {
            return new GeometryCheck(n, false, false, Double.NaN, Double.NaN, Double.NaN, false, Double.NaN, "",
                    0);
        }

        double planeRms = planeRms(xyz);
        boolean mustBe3d = false;
        for (IAtom a : mol.atoms()) {
            mustBe3d |= a.getBondCount() >= 4;
        }
        boolean threeD = !mustBe3d || planeRms >= MIN_PLANE_RMS;

        // pairs at least three bonds apart
        BitSet[] near = new BitSet[n];
        for (int i = 0; i < n; i++) {
            near[i] = new BitSet(n);
            near[i].set(i);
        }
        for (IBond b : mol.bonds()) {
            int u = b.getBegin().getIndex();
            int v = b.getEnd().getIndex();
            near[u].set(v);
            near[v].set(u);
        }
        BitSet[] within2 = new BitSet[n];
        for (int i = 0; i < n; i++) {
            within2[i] = (BitSet) near[i].clone();
            for (int j = near[i].nextSetBit(0); j >= 0; j = near[i].nextSetBit(j + 1)) {
                within2[i].or(near[j]);
            }
        }
        double minHeavy = Double.POSITIVE_INFINITY;
        double minAny = Double.POSITIVE_INFINITY;
        boolean overlap = false;
        for (int i = 0; i < n; i++) {
            boolean hi = isHydrogen(mol.getAtom(i));
            for (int j = i + 1; j < n; j++) {
                if (within2[i].get(j)) {
                    continue;
                }
                double d = distance(xyz[i], xyz[j]);
                minAny = Math.min(minAny, d);
                boolean heavyPair = !hi && !isHydrogen(mol.getAtom(j));
                if (heavyPair) {
                    minHeavy = Math.min(minHeavy, d);
                }
                if (d < MIN_ANY_DISTANCE || (heavyPair && d < MIN_HEAVY_DISTANCE)) {
                    overlap = true;
                }
            }
        }

        double worst = 0;
        String worstBond = "";
        int unchecked = 0;
        for (IBond b : mol.bonds()) {
            double[] ideal = idealRange(b);
            if (ideal == null) {
                unchecked++;
                continue;
            }
            double d = distance(xyz[b.getBegin().getIndex()], xyz[b.getEnd().getIndex()]);
            double dev = d < ideal[0] ? (ideal[0] - d) / ideal[0] : d > ideal[1] ? (d - ideal[1]) / ideal[1] : 0;
            if (dev > worst || worstBond.isEmpty()) {
                worst = dev;
                String idealText = ideal[0] == ideal[1] ? String.format(Locale.ROOT, "%.2f", ideal[0])
                        : String.format(Locale.ROOT, "%.2f-%.2f", ideal[0], ideal[1]);
                worstBond = String.format(Locale.ROOT, "%s%d-%s%d %.2f Å, ideal %s Å", b.getBegin().getSymbol(),
                        b.getBegin().getIndex() + 1, b.getEnd().getSymbol(), b.getEnd().getIndex() + 1, d, idealText);
            }
        }
        return new GeometryCheck(n, true, threeD, planeRms, minHeavy, minAny, overlap, worst, worstBond, unchecked);
    }

    // ---- ideal bond lengths ----------------------------------------------------------------------------

    /** O–O single bond in peroxides (hydrogen peroxide 1.475 Å, dialkyl peroxides 1.46–1.48 Å). */
    private static final double PEROXIDE_O_O = 1.47;

    /** Pyykkö covalent radii in Å: single, double, triple (NaN where not tabulated). */
    private static final Map<Integer, double[]> RADII = Map.ofEntries(
            Map.entry(1, new double[] {0.32, Double.NaN, Double.NaN}),
            Map.entry(3, new double[] {1.33, 1.24, Double.NaN}),
            Map.entry(5, new double[] {0.85, 0.78, 0.73}),
            Map.entry(6, new double[] {0.75, 0.67, 0.60}),
            Map.entry(7, new double[] {0.71, 0.60, 0.54}),
            Map.entry(8, new double[] {0.63, 0.57, 0.53}),
            Map.entry(9, new double[] {0.64, 0.59, 0.53}),
            Map.entry(11, new double[] {1.55, 1.60, Double.NaN}),
            Map.entry(12, new double[] {1.39, 1.32, 1.27}),
            Map.entry(13, new double[] {1.26, 1.13, 1.11}),
            Map.entry(14, new double[] {1.16, 1.07, 1.02}),
            Map.entry(15, new double[] {1.11, 1.02, 0.94}),
            Map.entry(16, new double[] {1.03, 0.94, 0.95}),
            Map.entry(17, new double[] {0.99, 0.95, 0.93}),
            Map.entry(19, new double[] {1.96, 1.93, Double.NaN}),
            Map.entry(20, new double[] {1.71, 1.47, 1.33}),
            Map.entry(30, new double[] {1.18, 1.20, Double.NaN}),
            Map.entry(32, new double[] {1.21, 1.11, 1.14}),
            Map.entry(33, new double[] {1.21, 1.14, 1.06}),
            Map.entry(34, new double[] {1.16, 1.07, 1.07}),
            Map.entry(35, new double[] {1.14, 1.09, 1.10}),
            Map.entry(50, new double[] {1.40, 1.30, 1.32}),
            Map.entry(52, new double[] {1.36, 1.28, 1.21}),
            Map.entry(53, new double[] {1.33, 1.29, 1.25}));

    /** The ideal length of a bond as [low, high] in Å (low == high unless the order lies between 1 and 2), or null. */
    static double[] idealRange(IBond bond) {
        IAtom a = bond.getBegin();
        IAtom b = bond.getEnd();
        double[] ra = RADII.get(atomicNumber(a));
        double[] rb = RADII.get(atomicNumber(b));
        if (ra == null || rb == null) {
            return null;
        }
        double single = ra[0] + rb[0];
        if (atomicNumber(a) == 8 && atomicNumber(b) == 8) {
            single = PEROXIDE_O_O; // the radii give 1.26 Å; lone-pair repulsion makes peroxide bonds much longer
        }
        double dbl = ra[1] + rb[1];
        IBond.Order order = bond.getOrder() == null ? IBond.Order.SINGLE : bond.getOrder();
        boolean between = bond.isAromatic() || (order == IBond.Order.SINGLE && conjugated(a, b));
        if (between && Double.isFinite(dbl)) {
            return new double[] {dbl, single};
        }
        double ideal = switch (order) {
            case DOUBLE -> dbl;
            case TRIPLE -> ra[2] + rb[2];
            case SINGLE -> single;
            default -> Double.NaN;
        };
        return Double.isFinite(ideal) ? new double[] {ideal, ideal} : null;
    }

    private static boolean conjugated(IAtom a, IAtom b) {
        boolean pa = hasPiBond(a);
        boolean pb = hasPiBond(b);
        return (pa && pb) || (pa && lonePairDonor(b)) || (pb && lonePairDonor(a));
    }

    private static boolean hasPiBond(IAtom atom) {
        if (atom.isAromatic()) {
            return true;
        }
        for (IBond bond : atom.bonds()) {
            if (bond.isAromatic() || bond.getOrder() == IBond.Order.DOUBLE || bond.getOrder() == IBond.Order.TRIPLE) {
                return true;
            }
        }
        return false;
    }

    private static boolean lonePairDonor(IAtom atom) {
        int z = atomicNumber(atom);
        int charge = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
        int neighbours = atom.getBondCount() + (atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount());
        return charge <= 0 && ((z == 7 && neighbours <= 3) || ((z == 8 || z == 16) && neighbours <= 2));
    }

    private static int atomicNumber(IAtom atom) {
        Integer z = atom.getAtomicNumber();
        return z == null ? 0 : z;
    }

    private static boolean isHydrogen(IAtom atom) {
        return atomicNumber(atom) == 1;
    }

    private static double distance(double[] p, double[] q) {
        double dx = p[0] - q[0];
        double dy = p[1] - q[1];
        double dz = p[2] - q[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** RMS distance of the points from their least-squares plane: the square root of the smallest covariance eigenvalue. */
    static double planeRms(double[][] xyz) {
        int n = xyz.length;
        if (n < 4) {
            return 0;
        }
        double cx = 0, cy = 0, cz = 0;
        for (double[] p : xyz) {
            cx += p[0];
            cy += p[1];
            cz += p[2];
        }
        cx /= n;
        cy /= n;
        cz /= n;
        double xx = 0, xy = 0, xz = 0, yy = 0, yz = 0, zz = 0;
        for (double[] p : xyz) {
            double dx = p[0] - cx, dy = p[1] - cy, dz = p[2] - cz;
            xx += dx * dx;
            xy += dx * dy;
            xz += dx * dz;
            yy += dy * dy;
            yz += dy * dz;
            zz += dz * dz;
        }
        xx /= n;
        xy /= n;
        xz /= n;
        yy /= n;
        yz /= n;
        zz /= n;
        return Math.sqrt(Math.max(0, smallestEigenvalue(xx, xy, xz, yy, yz, zz)));
    }

    /** Smallest eigenvalue of a symmetric 3x3 matrix (closed form, trigonometric method). */
    private static double smallestEigenvalue(double a, double b, double c, double d, double e, double f) {
        // matrix [[a b c] [b d e] [c e f]]
        double p1 = b * b + c * c + e * e;
        if (p1 < 1e-18) {
            return Math.min(a, Math.min(d, f));
        }
        double q = (a + d + f) / 3;
        double p2 = (a - q) * (a - q) + (d - q) * (d - q) + (f - q) * (f - q) + 2 * p1;
        double p = Math.sqrt(p2 / 6);
        double b11 = (a - q) / p, b12 = b / p, b13 = c / p, b22 = (d - q) / p, b23 = e / p, b33 = (f - q) / p;
        double detB = b11 * (b22 * b33 - b23 * b23) - b12 * (b12 * b33 - b23 * b13) + b13 * (b12 * b23 - b22 * b13);
        double r = Math.max(-1, Math.min(1, detB / 2));
        double phi = Math.acos(r) / 3;
        return q + 2 * p * Math.cos(phi + 2 * Math.PI / 3);
    }
}
