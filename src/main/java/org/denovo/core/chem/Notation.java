package org.denovo.core.chem;

/** How the text of an {@link InputRecord} writes its molecule. */
public enum Notation {
    SMILES, MOLFILE
}
