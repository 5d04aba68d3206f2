package org.denovo.core.chem;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.denovo.core.chem.smarts.CompiledSmarts;
import org.denovo.core.chem.smarts.TargetGraph;

/** Lipinski-style H-bond donor and acceptor counts, RDKit's CalcNumHBD / CalcNumHBA definitions. */
public final class HydrogenBondCounts {
    /** N-H (neutral or ammonium), O-H, S-H and aromatic n-H atoms. */
    static final String DONOR_SMARTS = "[N&!H0&v3,N&!H0&+1&v4,O&H1&+0,S&H1&+0,n&H1&+0]";
    /**
     * O/S with one H not on an X=O/N/P/S carbon-like centre, ethers and thioethers, anionic O/S,
     * trivalent N not bonded to a C=X via a single bond (amides excluded), and neutral aromatic n/o/s without H.
     */
    static final String ACCEPTOR_SMARTS = "[$([O,S;H1;v2]-[!$(*=[O,N,P,S])]),$([O,S;H0;v2]),$([O,S;-]),"
            + "$([N;v3;!$(N-*=!@[O,N,P,S])]),$([nH0,o,s;+0])]";

    private final CompiledSmarts donors = SmartsQueries.compile(DONOR_SMARTS);
    private final CompiledSmarts acceptors = SmartsQueries.compile(ACCEPTOR_SMARTS);

    /** Donor atoms in a molecule prepared by {@link Molecules#perceive}. */
    public int donors(IAtomContainer mol) {
        return donors(TargetGraph.of(mol));
    }

    public int donors(TargetGraph mol) {
        return donors.countUnique(mol);
    }

    /** Acceptor atoms in a molecule prepared by {@link Molecules#perceive}. */
    public int acceptors(IAtomContainer mol) {
        return acceptors(TargetGraph.of(mol));
    }

    public int acceptors(TargetGraph mol) {
        return acceptors.countUnique(mol);
    }
}
