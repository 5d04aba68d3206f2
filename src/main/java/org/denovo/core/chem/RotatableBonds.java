package org.denovo.core.chem;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.denovo.core.chem.smarts.CompiledSmarts;
import org.denovo.core.chem.smarts.TargetGraph;

/**
 * Rotatable bonds, RDKit's strict definition: acyclic single bonds between non-terminal atoms,
 * excluding bonds next to triple bonds, to CX3 (X = F, Cl, Br) and t-butyl groups, and amide,
 * thioamide and amidine C-N bonds.
 */
public final class RotatableBonds {
    private static final String END = "!$(*#*)&!D1&!$(C(F)(F)F)&!$(C(Cl)(Cl)Cl)&!$(C(Br)(Br)Br)"
            + "&!$(C([CH3])([CH3])[CH3])";
    static final String STRICT_SMARTS = "[" + END
            + "&!$([CD3](=[N,O,S])-!@[#7,O,S!D1])&!$([#7,O,S!D1]-!@[CD3]=[N,O,S])"
            + "&!$([CD3](=[N+])-!@[#7!D1])&!$([#7!D1]-!@[CD3]=[N+])]"
            + "-,:;!@[" + END + "]";

    private final CompiledSmarts strict = SmartsQueries.compile(STRICT_SMARTS);

    /** Count in a molecule prepared by {@link Molecules#perceive}. */
    public int count(IAtomContainer mol) {
        return count(TargetGraph.of(mol));
    }

    public int count(TargetGraph mol) {
        return strict.countUnique(mol);
    }
}
