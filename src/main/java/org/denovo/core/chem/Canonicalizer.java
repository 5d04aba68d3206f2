package org.denovo.core.chem;

import org.openscience.cdk.exception.CDKException;
import org.denovo.core.chem.structure.Molecules;

/** SMILES to the app's identity (standardised canonical SMILES) without computing anything else. One per thread. */
public final class Canonicalizer {
    private final RecordParser parser = new RecordParser();
    private final Standardizer standardizer = new Standardizer();

    /** The canonical SMILES, or null when the input cannot be read. */
    public String canonical(String smiles) {
        try {
            return Molecules.canonicalSmiles(standardizer.standardize(parser.parseSmiles(smiles)).molecule());
        } catch (CDKException | RuntimeException e) {
            return null;
        }
    }
}
