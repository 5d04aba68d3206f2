package org.denovo.core.chem;

import java.util.Set;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Everything the SA score reads from a molecule: its circular fragments and complexity features.
 * Shared by {@link SaScorer} and the table builder so both see exactly the same fragments.
 * Aromatic bonds come from a fixed model (Daylight donation, as Molecules uses today) computed
 * without touching the molecule's flags, so the fragment keys stay valid if the app's aromaticity
 * model is tuned.
 */
record SaFeatures(CircularFragments fragments, SaComplexity complexity) {
    private static final Aromaticity MODEL =
            new Aromaticity(ElectronDonation.daylight(), Cycles.or(Cycles.all(), Cycles.all(6)));

    static SaFeatures of(IAtomContainer mol) throws CDKException {
        Set<IBond> aromatic = MODEL.findBonds(mol);
        HeavyAtomGraph graph = HeavyAtomGraph.of(mol, aromatic);
        return new SaFeatures(CircularFragments.of(graph), SaComplexity.of(mol, graph.atomCount));
    }
}
