package org.denovo.core.chem;

import java.util.Map;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Rejects atoms with more bonds than their element allows, as RDKit's sanitisation does. A charged atom is
 * judged by the element it is isoelectronic with (N+ as C, O- as F, S+ as P). Elements not listed (metals,
 * noble gases) are not checked.
 */
final class ValenceCheck {
    private static final Map<Integer, int[]> ALLOWED = Map.ofEntries(
            Map.entry(1, new int[] {1}), Map.entry(3, new int[] {1}), Map.entry(4, new int[] {2}),
            Map.entry(5, new int[] {3}), Map.entry(6, new int[] {4}), Map.entry(7, new int[] {3}),
            Map.entry(8, new int[] {2}), Map.entry(9, new int[] {1}), Map.entry(11, new int[] {1}),
            Map.entry(12, new int[] {2}), Map.entry(14, new int[] {4}), Map.entry(15, new int[] {3, 5, 7}),
            Map.entry(16, new int[] {2, 4, 6}), Map.entry(17, new int[] {1}), Map.entry(19, new int[] {1}),
            Map.entry(20, new int[] {2}), Map.entry(32, new int[] {4}), Map.entry(33, new int[] {3, 5, 7}),
            Map.entry(34, new int[] {2, 4, 6}), Map.entry(35, new int[] {1}), Map.entry(52, new int[] {2, 4, 6}),
            Map.entry(53, new int[] {1, 3, 5}));

    private ValenceCheck() {
    }

    /** The first over-valent atom described, or null when all atoms are fine. */
    static String problem(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            Integer z = atom.getAtomicNumber();
            if (z == null || z == 0) {
                continue;
            }
            int charge = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
            int[] allowed = ALLOWED.get(z - charge);
            if (allowed == null || !ALLOWED.containsKey(z)) {
                continue;
            }
            int valence = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
            for (IBond bond : atom.bonds()) {
                IBond.Order order = bond.getOrder();
                valence += order == null || order == IBond.Order.UNSET ? 1 : order.numeric();
            }
            int max = allowed[allowed.length - 1];
            if (valence > max) {
                return atom.getSymbol() + (charge == 0 ? "" : charge > 0 ? "+" + charge : Integer.toString(charge))
                        + " with valence " + valence + " (at most " + max + ")";
            }
        }
        return null;
    }
}
