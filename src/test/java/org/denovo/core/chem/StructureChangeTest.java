package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.denovo.core.chem.structure.Molecules;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

class StructureChangeTest {
    @Test
    void anAddedChlorineMarksItselfAndItsCarbon() throws Exception {
        String child = "Clc1ccccc1";
        int[] changed = StructureChange.changedAtoms("c1ccccc1", child);
        IAtomContainer mol = Molecules.parseCanonicalSmiles(child);
        String symbols = String.join(",", Arrays.stream(changed).mapToObj(i -> mol.getAtom(i).getSymbol()
                + (mol.getAtom(i).getImplicitHydrogenCount() == 0 ? "" : "H")).toList());
        // the Cl, its ring carbon, and the two ring carbons beside it (their neighbour lost its H)
        assertEquals("Cl,C,CH,CH", String.join(",", Arrays.stream(symbols.split(",")).sorted(
                (a, b) -> a.equals("Cl") ? -1 : b.equals("Cl") ? 1 : a.compareTo(b)).toList()));
    }

    @Test
    void theSameMoleculeHasNoChange() {
        assertArrayEquals(new int[0], StructureChange.changedAtoms("CCOc1ccccc1", "CCOc1ccccc1"));
    }

    @Test
    void withoutAParentEveryAtomIsNew() {
        assertArrayEquals(new int[] {0, 1, 2}, StructureChange.changedAtoms("", "CCO"));
    }

    @Test
    void aSwappedHeteroatomIsFound() throws Exception {
        String child = "c1ccncc1";
        int[] changed = StructureChange.changedAtoms("c1ccccc1", child);
        IAtomContainer mol = Molecules.parseCanonicalSmiles(child);
        assertEquals(3, changed.length, "the N and its two neighbours");
        assertEquals(1, Arrays.stream(changed).filter(i -> mol.getAtom(i).getSymbol().equals("N")).count());
    }
}
