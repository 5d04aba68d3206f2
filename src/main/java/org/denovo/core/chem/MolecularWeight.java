package org.denovo.core.chem;

import java.io.IOException;
import org.openscience.cdk.config.Isotopes;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IIsotope;

/** Average molecular weight with RDKit's atomic weights (MolWt), implicit hydrogens included. */
public final class MolecularWeight {
    private static final double HYDROGEN = 1.008;
    /** RDKit 2022.09 average atomic weights by atomic number (0 = dummy). */
    private static final double[] ATOMIC_WEIGHT = {
        0, 1.008, 4.003, 6.941, 9.012, 10.812, 12.011, 14.007, 15.999, 18.998, 20.18, 22.99, 24.305, 26.982,
        28.086, 30.974, 32.067, 35.453, 39.948, 39.098, 40.078, 44.956, 47.867, 50.942, 51.996, 54.938, 55.845,
        58.933, 58.693, 63.546, 65.39, 69.723, 72.61, 74.922, 78.96, 79.904, 83.8, 85.468, 87.62, 88.906, 91.224,
        92.906, 95.94, 98, 101.07, 102.906, 106.42, 107.868, 112.412, 114.818, 118.711, 121.76, 127.6, 126.904,
        131.29, 132.905, 137.328, 138.906, 140.116, 140.908, 144.24, 145, 150.36, 151.964, 157.25, 158.925, 162.5,
        164.93, 167.26, 168.934, 173.04, 174.967, 178.49, 180.948, 183.84, 186.207, 190.23, 192.217, 195.078,
        196.967, 200.59, 204.383, 207.2, 208.98, 209, 210, 222, 223, 226, 227, 232.038, 231.036, 238.029, 237,
        244, 243, 247, 247, 251, 252, 257, 258, 259, 262, 267, 268, 269, 270, 269, 278, 281, 281, 285, 284, 289,
        288, 293, 292, 294};

    private MolecularWeight() {
    }

    public static double of(IAtomContainer mol) {
        double weight = 0;
        for (IAtom atom : mol.atoms()) {
            weight += atomWeight(atom);
            Integer h = atom.getImplicitHydrogenCount();
            weight += HYDROGEN * (h == null ? 0 : h);
        }
        return weight;
    }

    /** Isotope mass when an isotope is given, the average atomic weight otherwise. */
    static double atomWeight(IAtom atom) {
        Integer z = atom.getAtomicNumber();
        if (z == null || z <= 0 || z >= ATOMIC_WEIGHT.length) {
            return 0;
        }
        if (atom.getMassNumber() != null) {
            IIsotope isotope = isotope(atom.getSymbol(), atom.getMassNumber());
            if (isotope != null && isotope.getExactMass() != null) {
                return isotope.getExactMass();
            }
        }
        return ATOMIC_WEIGHT[z];
    }

    private static IIsotope isotope(String symbol, int massNumber) {
        try {
            return Isotopes.getInstance().getIsotope(symbol, massNumber);
        } catch (IOException e) {
            return null;
        }
    }
}
