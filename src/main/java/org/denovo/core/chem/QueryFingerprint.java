package org.denovo.core.chem;

import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.exception.CDKException;

/** The ECFP4 of a query SMILES, computed exactly as for stored molecules (standardised, canonical, re-read). */
public final class QueryFingerprint {
    private QueryFingerprint() {
    }

    /** @throws IllegalArgumentException when the SMILES cannot be read */
    public static Fingerprint ecfp4(String smiles) {
        try {
            var standard = new Standardizer().standardize(Molecules.parseSmiles(smiles));
            String canonical = Molecules.canonicalSmiles(standard.molecule());
            return new Fingerprints().ecfp4(Molecules.parseSmiles(canonical));
        } catch (CDKException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read SMILES '" + smiles + "': " + e.getMessage(), e);
        }
    }
}
