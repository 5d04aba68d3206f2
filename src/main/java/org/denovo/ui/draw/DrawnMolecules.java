package org.denovo.ui.draw;

import com.actelion.research.chem.IsomericSmilesCreator;
import com.actelion.research.chem.SmilesParser;
import com.actelion.research.chem.StereoMolecule;
import java.util.Optional;

/** Between SMILES and OpenChemLib's structure editor, which draws and returns {@link StereoMolecule}s. */
public final class DrawnMolecules {
    private DrawnMolecules() {
    }

    /** The molecule to start drawing from: the given SMILES, or an empty sheet when there is none or it cannot be read. */
    public static StereoMolecule startingFrom(String smiles) {
        StereoMolecule mol = new StereoMolecule();
        if (smiles != null && !smiles.isBlank()) {
            try {
                new SmilesParser().parse(mol, smiles);
            } catch (Exception e) {
                return new StereoMolecule();
            }
        }
        return mol;
    }

    /**
     * The drawn molecule as SMILES in which the atoms selected in the editor carry atom-map number 1, or empty when no
     * atom is selected.
     */
    public static Optional<String> selectionMapped(StereoMolecule drawn) {
        if (drawn == null || drawn.getAllAtoms() == 0) {
            return Optional.empty();
        }
        StereoMolecule copy = drawn.getCompactCopy();
        boolean any = false;
        for (int i = 0; i < copy.getAllAtoms(); i++) {
            boolean picked = copy.isSelectedAtom(i);
            copy.setAtomMapNo(i, picked ? 1 : 0, false);
            any |= picked;
        }
        if (!any) {
            return Optional.empty();
        }
        String smiles = new IsomericSmilesCreator(copy, IsomericSmilesCreator.MODE_INCLUDE_MAPPING).getSmiles();
        return smiles == null || smiles.isBlank() ? Optional.empty() : Optional.of(smiles);
    }

    /** The drawn molecule as SMILES, or empty when nothing was drawn. */
    public static Optional<String> smiles(StereoMolecule drawn) {
        if (drawn == null || drawn.getAllAtoms() == 0) {
            return Optional.empty();
        }
        String smiles = IsomericSmilesCreator.createSmiles(drawn);
        return smiles == null || smiles.isBlank() ? Optional.empty() : Optional.of(smiles);
    }
}
