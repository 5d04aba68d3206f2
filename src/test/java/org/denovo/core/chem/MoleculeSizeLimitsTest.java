package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expensive steps skip molecules above their size limit, for that molecule only, and say so. */
class MoleculeSizeLimitsTest {
    private static AnalyzedMolecule analyze(String smiles) {
        Analysis a = MoleculeAnalyzer.withDefaults().analyze(new InputRecord(1, 1, Notation.SMILES, smiles, "", Map.of(), null));
        assertTrue(a instanceof Analysis.Success, a.toString());
        return ((Analysis.Success) a).molecule();
    }

    @Test
    void aMoleculeAboveTheAlertLimitIsNotScreenedAndSaysSo() {
        // 1,001 heavy atoms, with an aldehyde every atom-count limit would otherwise report
        AnalyzedMolecule big = analyze("O=CC" + "C".repeat(MoleculeAnalyzer.MAX_HEAVY_ATOMS_FOR_ALERTS - 2));
        assertEquals(0, big.alerts().hits().size());
        assertTrue(big.changes().stream().anyMatch(c -> c.startsWith("alerts not screened: 1,001 heavy atoms")),
                big.changes().toString());
        assertTrue(big.changes().stream().anyMatch(c -> c.startsWith("SA score not computed")), big.changes().toString());
    }

    @Test
    void aMoleculeAtTheLimitIsScreened() {
        AnalyzedMolecule atLimit = analyze("O=CC" + "C".repeat(MoleculeAnalyzer.MAX_HEAVY_ATOMS_FOR_ALERTS - 3));
        assertTrue(atLimit.alerts().hits().size() > 0);
        assertTrue(atLimit.changes().stream().noneMatch(c -> c.startsWith("alerts not screened")), atLimit.changes().toString());
    }
}
