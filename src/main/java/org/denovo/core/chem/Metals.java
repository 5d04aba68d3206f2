package org.denovo.core.chem;

import java.util.Set;
import java.util.TreeSet;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Metals that make a molecule organometallic or a metal complex: transition metals, the metals of groups
 * 13 to 15, lanthanides and actinides. Groups 1 and 2 (Na, K, Mg, Ca ...) are left out: as counter-ions of
 * salts they are routine, and standardisation reports their removal anyway.
 */
public final class Metals {
    private Metals() {
    }

    public static boolean isMetal(int z) {
        return (z >= 21 && z <= 30) || (z >= 39 && z <= 48) || (z >= 57 && z <= 80) || (z >= 89 && z <= 112)
                || z == 13 || z == 31 || z == 49 || z == 50 || z == 81 || z == 82 || z == 83 || z == 84;
    }

    /** The metal element symbols in a molecule, sorted; empty when there are none. */
    public static Set<String> in(IAtomContainer mol) {
        Set<String> found = new TreeSet<>();
        for (IAtom atom : mol.atoms()) {
            Integer z = atom.getAtomicNumber();
            if (z != null && isMetal(z)) {
                found.add(atom.getSymbol());
            }
        }
        return found;
    }
}
