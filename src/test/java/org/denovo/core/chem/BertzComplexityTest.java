package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** BertzCT against RDKit's Descriptors.BertzCT on 2,000 ChEMBL molecules (src/test/resources/reference/metrics_bertz.csv). */
class BertzComplexityTest {

    @Test
    void agreesWithRdkitOnChemblMolecules() throws Exception {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/reference/metrics_bertz.csv")), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                double expected = Double.parseDouble(f[1]);
                double actual = BertzComplexity.ofCanonicalSmiles(ReferenceMolecules.canonical(f[0]));
                compared++;
                if (!(Math.abs(actual - expected) <= 1e-6 * Math.max(1, expected))) {
                    disagreements.add(f[0] + " rdkit " + expected + " ours " + actual);
                }
            }
        }
        assertEquals(2000, compared);
        assertTrue(disagreements.size() <= 2, disagreements.size() + " disagree: " + disagreements);
    }

    @Test
    void smallCasesByHand() {
        assertEquals(0.0, BertzComplexity.ofCanonicalSmiles("C"), 0);
        // ethane: one atom type, no pair of adjacent bonds -> both terms 0
        assertEquals(0.0, BertzComplexity.ofCanonicalSmiles("CC"), 0);
        // ethene: one double bond gives one connection -> 1 * (0 + log2 1) = 0; propane: one pair -> 0 as well
        assertEquals(0.0, BertzComplexity.ofCanonicalSmiles("C=C"), 0);
        // ethanol: atom types {C:2, O:1} -> 3 * H(2/3, 1/3) = 2.7549; one connection -> 0
        assertEquals(3 * (-(2.0 / 3) * Math.log(2.0 / 3) - (1.0 / 3) * Math.log(1.0 / 3)) / Math.log(2),
                BertzComplexity.ofCanonicalSmiles("CCO"), 1e-9);
    }
}
