package org.denovo.ui.lineage;

import org.denovo.ui.table.MoleculeRow;

/**
 * One molecule on the path from the lead: its row (null when the run on show does not hold it), and the atoms that
 * changed from the step before (empty for the lead).
 */
public record LineageStep(String smiles, MoleculeRow row, int[] changedAtoms, String caption) {
}
