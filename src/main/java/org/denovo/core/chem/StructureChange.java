package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Where a molecule differs from the molecule it was made from: the atoms whose first shell (the atom with its
 * neighbours and bonds) has no unclaimed match in the parent. An added substituent marks its atoms and the atom it
 * hangs on; a swapped atom marks itself and its neighbours. Atom indices are those of the child's canonical SMILES as
 * parsed for depiction, so the result can be drawn as a highlight.
 */
public final class StructureChange {
    private StructureChange() {
    }

    /**
     * The changed atoms of {@code childSmiles} relative to {@code parentSmiles}, ascending; every atom when the parent
     * cannot be read.
     *
     * @throws IllegalArgumentException when the child cannot be read
     */
    public static int[] changedAtoms(String parentSmiles, String childSmiles) {
        IAtomContainer child = read(childSmiles);
        if (child == null) {
            throw new IllegalArgumentException("cannot read SMILES '" + childSmiles + "'");
        }
        IAtomContainer parent = parentSmiles == null || parentSmiles.isBlank() ? null : read(parentSmiles);
        Map<String, Integer> available = new HashMap<>();
        if (parent != null) {
            for (IAtom a : parent.atoms()) {
                available.merge(shell(parent, a), 1, Integer::sum);
            }
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < child.getAtomCount(); i++) {
            String s = shell(child, child.getAtom(i));
            Integer left = available.get(s);
            if (left == null || left == 0) {
                changed.add(i);
            } else {
                available.put(s, left - 1);
            }
        }
        return changed.stream().mapToInt(Integer::intValue).toArray();
    }

    private static IAtomContainer read(String smiles) {
        try {
            return Molecules.parseCanonicalSmiles(smiles);
        } catch (CDKException | RuntimeException e) {
            return null;
        }
    }

    /** The atom and its neighbours with their bonds, in a canonical text form. */
    private static String shell(IAtomContainer mol, IAtom atom) {
        List<String> neighbours = new ArrayList<>();
        for (IBond b : mol.getConnectedBondsList(atom)) {
            neighbours.add(bondSymbol(b) + label(b.getOther(atom)));
        }
        neighbours.sort(null);
        return label(atom) + "(" + String.join(",", neighbours) + ")";
    }

    private static String label(IAtom a) {
        Integer h = a.getImplicitHydrogenCount();
        Integer charge = a.getFormalCharge();
        return a.getSymbol() + (a.isAromatic() ? "a" : "") + "H" + (h == null ? 0 : h)
                + (charge == null || charge == 0 ? "" : "q" + charge);
    }

    private static String bondSymbol(IBond b) {
        if (b.isAromatic()) {
            return ":";
        }
        return switch (b.getOrder()) {
            case DOUBLE -> "=";
            case TRIPLE -> "#";
            default -> "-";
        };
    }
}
