package org.denovo.core.chem;

import org.openscience.cdk.exception.CDKException;
import org.denovo.core.chem.structure.Molecules;

/** Fingerprints of reference molecules given as SMILES, standardised like every other molecule. */
public final class ReferenceMolecules {
    private ReferenceMolecules() {
    }

    /** @throws IllegalArgumentException when the SMILES cannot be read */
    public static Fingerprint ecfp4(String smiles) {
        try {
            Standardizer.Result std = new Standardizer().standardize(new RecordParser().parseSmiles(smiles));
            return new Fingerprints().ecfp4(Molecules.parseSmiles(Molecules.canonicalSmiles(std.molecule())));
        } catch (CDKException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The canonical SMILES of a standardised molecule. @throws IllegalArgumentException when unreadable */
    public static String canonical(String smiles) {
        try {
            return Molecules.canonicalSmiles(new Standardizer().standardize(new RecordParser().parseSmiles(smiles)).molecule());
        } catch (CDKException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
