package org.denovo.core.chem;

import java.util.List;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.denovo.core.chem.smarts.CompiledSmarts;

/**
 * Compiles SMARTS for molecules prepared by {@link Molecules#perceive} (see {@link CompiledSmarts}).
 * Compiled patterns are not thread-safe, so each calculator instance compiles its own.
 */
public final class SmartsQueries {
    private SmartsQueries() {
    }

    public static CompiledSmarts compile(String smarts) {
        return CompiledSmarts.compile(smarts);
    }

    public static List<CompiledSmarts> compileAll(List<String> smarts) {
        return smarts.stream().map(SmartsQueries::compile).toList();
    }

    /** Number of distinct atom sets matching, as RDKit's uniquified GetSubstructMatches counts them. */
    public static int countUnique(CompiledSmarts pattern, IAtomContainer mol) {
        return pattern.countUnique(mol);
    }
}
