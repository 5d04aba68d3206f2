package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.denovo.core.chem.alerts.Alert;
import org.denovo.core.chem.alerts.AlertCatalog;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.smarts.Smarts;
import org.denovo.core.chem.smarts.SubgraphPattern;
import org.denovo.core.chem.smarts.TargetGraph;
import org.denovo.core.chem.smarts.UnsupportedSmartsException;
import org.denovo.core.chem.structure.Molecules;

/** The key screen never rejects a molecule that matches, and it rejects most that do not. */
class SubstructureKeysTest {
    private static final List<String> USER_QUERIES = List.of("c1ccc2ncncc2c1", "C(=O)N", "c1ccccc1", "[#7]~[#6]=O",
            "S(=O)(=O)N", "c1ccc(cc1)-c1ccccc1", "[nH]1cccc1", "C#N", "O=C1CCCN1", "[Cl,Br]c", "N-C(-C)=O",
            "c:n:c", "C1CCNCC1", "[OH]c1ccccc1", "F[C;X4](F)F");

    @Test
    void screenKeepsEveryMatchAndDropsMostNonMatches() throws Exception {
        Set<String> queries = new LinkedHashSet<>(USER_QUERIES);
        for (Alert a : AlertCatalog.loadDefault().alerts()) {
            queries.add(a.smarts());
        }
        List<TargetGraph> molecules = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/reference/rdkit_reference_500.csv")), StandardCharsets.UTF_8))) {
            int smilesColumn = List.of(r.readLine().split(",")).indexOf("smiles");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                IAtomContainer mol = Molecules.parseSmiles(line.split(",")[smilesColumn]);
                TargetGraph g = TargetGraph.of(mol);
                molecules.add(g);
                keys.add(SubstructureKeys.of(g).words());
            }
        }
        long matches = 0;
        long nonMatches = 0;
        long nonMatchesScreenedOut = 0;
        List<String> missed = new ArrayList<>();
        for (String smarts : queries) {
            SubgraphPattern pattern;
            try {
                pattern = SubgraphPattern.compile(smarts);
            } catch (UnsupportedSmartsException e) {
                continue;
            }
            QueryAtomContainer query = new QueryAtomContainer(Molecules.BUILDER);
            assertTrue(Smarts.parse(query, smarts), smarts);
            long[][] requirements = SubstructureKeys.requirements(query);
            for (int m = 0; m < molecules.size(); m++) {
                boolean passes = SubstructureKeys.mayMatch(requirements, keys.get(m));
                if (pattern.matches(molecules.get(m))) {
                    matches++;
                    if (!passes && missed.size() < 10) {
                        missed.add(smarts + " on molecule " + m);
                    }
                } else {
                    nonMatches++;
                    nonMatchesScreenedOut += passes ? 0 : 1;
                }
            }
        }
        System.out.printf("substructure keys: %d matches all kept; %d of %d non-matches screened out (%.1f%%)%n",
                matches, nonMatchesScreenedOut, nonMatches, 100.0 * nonMatchesScreenedOut / nonMatches);
        assertEquals(List.of(), missed);
        assertTrue(nonMatchesScreenedOut > nonMatches / 2, "the screen should drop most non-matches");
    }
}
