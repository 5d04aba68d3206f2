package org.denovo.core.optimize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The path of an optimisation run's molecule back to its lead, through the parents the run recorded. */
public final class LineagePath {
    private LineagePath() {
    }

    /**
     * The molecules from the first known ancestor (the lead, when the run holds the whole lineage) to {@code smiles},
     * in that order. {@code parentOf} gives a molecule's parent, or null or "" when it has none or it is not known.
     */
    public static List<String> toLead(String smiles, UnaryOperator<String> parentOf) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String s = smiles; s != null && !s.isEmpty() && seen.add(s); s = parentOf.apply(s)) {
            path.add(s);
        }
        Collections.reverse(path);
        return path;
    }
}
