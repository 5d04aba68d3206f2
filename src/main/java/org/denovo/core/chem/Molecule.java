package org.denovo.core.chem;

/** A standardised molecule's identity: canonical isomeric SMILES (the dedup key), InChIKey and a name. */
public record Molecule(String canonicalSmiles, String inchiKey, String name) {
}
