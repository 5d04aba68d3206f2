package org.denovo.ui.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actelion.research.chem.StereoMolecule;
import org.denovo.core.chem.ReferenceMolecules;
import org.junit.jupiter.api.Test;

/** What the editor is given and what comes back is the same molecule, as the app's canonical SMILES shows. */
class DrawnMoleculesTest {
    @Test
    void aMoleculeGoesIntoTheEditorAndComesBackUnchanged() {
        for (String smiles : new String[] {"CC(=O)Nc1ccc(O)cc1", "C[C@H](N)C(=O)O", "C/C=C/C(=O)O", "[NH3+]CC(=O)[O-]"}) {
            String back = DrawnMolecules.smiles(DrawnMolecules.startingFrom(smiles)).orElseThrow();
            assertEquals(ReferenceMolecules.canonical(smiles), ReferenceMolecules.canonical(back), smiles + " -> " + back);
        }
    }

    @Test
    void anEmptySheetOrUnreadableStartGivesNothing() {
        assertTrue(DrawnMolecules.smiles(new StereoMolecule()).isEmpty());
        assertEquals(0, DrawnMolecules.startingFrom("C1CC(").getAllAtoms());
        assertEquals(0, DrawnMolecules.startingFrom(null).getAllAtoms());
    }

    @Test
    void atomsSelectedInTheEditorBecomeTheKeptSubstructure() {
        StereoMolecule mol = DrawnMolecules.startingFrom("Cc1ccccc1O");
        assertTrue(DrawnMolecules.selectionMapped(mol).isEmpty(), "nothing selected, nothing kept");
        mol.ensureHelperArrays(StereoMolecule.cHelperRings);
        for (int i = 0; i < mol.getAllAtoms(); i++) {
            mol.setAtomSelection(i, mol.isAromaticAtom(i)); // the benzene ring
        }
        String smarts = org.denovo.core.chem.KeptAtoms.smartsOfMappedAtoms(DrawnMolecules.selectionMapped(mol).orElseThrow());
        org.denovo.core.chem.SubstructureQuery kept = org.denovo.core.chem.SubstructureQuery.compile(smarts);
        assertTrue(kept.matches("Clc1ccccc1"), smarts);
        assertTrue(!kept.matches("C1CCCCC1"), smarts);
        assertEquals(6, smarts.split("#6").length - 1, "six ring carbons: " + smarts);
    }
}
