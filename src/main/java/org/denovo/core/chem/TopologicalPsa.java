package org.denovo.core.chem;

import java.util.List;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Topological polar surface area (Ertl, Rohde, Selzer 2000) over N and O only, with RDKit's
 * contribution table and its fallback formula for unlisted N/O environments.
 */
public final class TopologicalPsa {
    private TopologicalPsa() {
    }

    /** TPSA of a molecule prepared by {@link Molecules#perceive}, given its rings. */
    public static double of(IAtomContainer mol, List<int[]> rings) {
        boolean[] inThreeRing = new boolean[mol.getAtomCount()];
        for (int[] ring : rings) {
            if (ring.length == 3) {
                for (int idx : ring) {
                    inThreeRing[idx] = true;
                }
            }
        }
        double total = 0;
        for (IAtom atom : mol.atoms()) {
            int z = atom.getAtomicNumber() == null ? 0 : atom.getAtomicNumber();
            if (z == 7 || z == 8) {
                total += contribution(new Environment(atom, inThreeRing[atom.getIndex()]), z);
            }
        }
        return total;
    }

    /** Bond and hydrogen counts around one atom; hydrogens never count as neighbours. */
    private static final class Environment {
        int neighbours;
        int hydrogens;
        int single;
        int dbl;
        int triple;
        int aromatic;
        final int charge;
        final boolean inThreeRing;

        Environment(IAtom atom, boolean inThreeRing) {
            this.inThreeRing = inThreeRing;
            this.charge = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
            hydrogens = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
            for (IBond bond : atom.bonds()) {
                IAtom other = bond.getOther(atom);
                if (other.getAtomicNumber() != null && other.getAtomicNumber() == 1) {
                    hydrogens++;
                    continue;
                }
                neighbours++;
                if (bond.isAromatic()) {
                    aromatic++;
                } else if (bond.getOrder() == IBond.Order.SINGLE) {
                    single++;
                } else if (bond.getOrder() == IBond.Order.DOUBLE) {
                    dbl++;
                } else if (bond.getOrder() == IBond.Order.TRIPLE) {
                    triple++;
                }
            }
        }
    }

    private static double contribution(Environment e, int z) {
        double value = z == 7 ? nitrogen(e) : oxygen(e);
        if (value >= 0) {
            return value;
        }
        double fallback = z == 7
                ? 30.5 - e.neighbours * 8.2 + e.hydrogens * 1.5
                : 28.5 - e.neighbours * 8.6 + e.hydrogens * 1.5;
        return Math.max(fallback, 0);
    }

    private static double nitrogen(Environment e) {
        int h = e.hydrogens;
        int q = e.charge;
        switch (e.neighbours) {
            case 1:
                if (h == 0 && q == 0 && e.triple == 1) return 23.79;
                if (h == 1 && q == 0 && e.dbl == 1) return 23.85;
                if (h == 2 && q == 0 && e.single == 1) return 26.02;
                if (h == 2 && q == 1 && e.dbl == 1) return 25.59;
                if (h == 3 && q == 1 && e.single == 1) return 27.64;
                return -1;
            case 2:
                if (h == 0 && q == 0 && e.single == 1 && e.dbl == 1) return 12.36;
                if (h == 0 && q == 0 && e.triple == 1 && e.dbl == 1) return 13.60;
                if (h == 1 && q == 0 && e.single == 2) return e.inThreeRing ? 21.94 : 12.03;
                if (h == 0 && q == 1 && e.triple == 1 && e.single == 1) return 4.36;
                if (h == 1 && q == 1 && e.dbl == 1 && e.single == 1) return 13.97;
                if (h == 2 && q == 1 && e.single == 2) return 16.61;
                if (h == 0 && q == 0 && e.aromatic == 2) return 12.89;
                if (h == 1 && q == 0 && e.aromatic == 2) return 15.79;
                if (h == 1 && q == 1 && e.aromatic == 2) return 14.14;
                return -1;
            case 3:
                if (h == 0 && q == 0 && e.single == 3) return e.inThreeRing ? 3.01 : 3.24;
                if (h == 0 && q == 0 && e.single == 1 && e.dbl == 2) return 11.68;
                if (h == 0 && q == 1 && e.single == 2 && e.dbl == 1) return 3.01;
                if (h == 1 && q == 1 && e.single == 3) return 4.44;
                if (h == 0 && q == 0 && e.aromatic == 3) return 4.41;
                if (h == 0 && q == 0 && e.single == 1 && e.aromatic == 2) return 4.93;
                if (h == 0 && q == 0 && e.dbl == 1 && e.aromatic == 2) return 8.39;
                if (h == 0 && q == 1 && e.aromatic == 3) return 4.10;
                if (h == 0 && q == 1 && e.single == 1 && e.aromatic == 2) return 3.88;
                return -1;
            case 4:
                if (h == 0 && e.single == 4 && q == 1) return 0.0;
                return -1;
            default:
                return -1;
        }
    }

    private static double oxygen(Environment e) {
        int h = e.hydrogens;
        int q = e.charge;
        switch (e.neighbours) {
            case 1:
                if (h == 0 && q == 0 && e.dbl == 1) return 17.07;
                if (h == 1 && q == 0 && e.single == 1) return 20.23;
                if (h == 0 && q == -1 && e.single == 1) return 23.06;
                return -1;
            case 2:
                if (h == 0 && q == 0 && e.single == 2) return e.inThreeRing ? 12.53 : 9.23;
                if (h == 0 && q == 0 && e.aromatic == 2) return 13.14;
                return -1;
            default:
                return -1;
        }
    }
}
