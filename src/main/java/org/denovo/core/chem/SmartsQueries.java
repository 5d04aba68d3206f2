package org.denovo.core.chem;

import java.util.List;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smarts.SmartsPattern;

/**
 * Compiles SMARTS for molecules prepared by {@link Molecules#perceive}: CDK's own preparation
 * (which would re-apply CDK's Daylight aromaticity) is switched off. Compiled patterns are not
 * thread-safe, so each calculator instance compiles its own.
 */
public final class SmartsQueries {
    private SmartsQueries() {
    }

    public static SmartsPattern compile(String smarts) {
        return SmartsPattern.create(smarts, Molecules.BUILDER).setPrepare(false);
    }

    public static List<SmartsPattern> compileAll(List<String> smarts) {
        return smarts.stream().map(SmartsQueries::compile).toList();
    }

    /** Number of distinct atom sets matching, as RDKit's uniquified GetSubstructMatches counts them. */
    public static int countUnique(SmartsPattern pattern, IAtomContainer mol) {
        return pattern.matchAll(mol).countUnique();
    }
}
