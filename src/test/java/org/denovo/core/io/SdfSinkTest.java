package org.denovo.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Molecule;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.score.Score;
import org.denovo.core.score.ScoredMolecule;
import org.junit.jupiter.api.Test;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;

/** Laying out on several threads writes exactly what one thread writes, in the order given. */
class SdfSinkTest {
    private static final List<String> SMILES = List.of("CC(=O)Oc1ccccc1C(=O)O", "CN1CCC[C@H]1c1cccnc1",
            "CN1C(=O)N(C)c2ncn(C)c2C1=O", "c1ccc2ccccc2c1", "CC(=O)Nc1ccc(O)cc1", "COc1ccc2[nH]cc(CCN)c2c1",
            "OCC1OC(O)C(O)C(O)C1O", "FC(F)(F)c1ccccc1", "C/C=C/C(=O)O", "O=C1NC(=O)C=C1");

    @Test
    void parallelLayoutWritesTheSequentialFileAcrossChunks() throws Exception {
        MoleculeAnalyzer analyzer = MoleculeAnalyzer.withDefaults();
        List<ScoredMolecule> molecules = new ArrayList<>();
        for (int i = 0; i < 600; i++) { // more than two chunks
            String smiles = SMILES.get(i % SMILES.size());
            Analysis a = analyzer.analyze(new InputRecord(i + 1, i + 1, Notation.SMILES, smiles, "m" + i, Map.of(), null));
            AnalyzedMolecule m = ((Analysis.Success) a).molecule();
            molecules.add(new ScoredMolecule(m, new Score(1.0 - i / 1000.0, List.of(), null), i + 1));
        }
        String sequential = write(molecules, 1);
        String parallel = write(molecules, 3);
        assertEquals(sequential, parallel);
        assertEquals(600, sequential.split("\\$\\$\\$\\$\n", -1).length - 1);
        assertTrue(sequential.startsWith("m0\n"));
        assertTrue(sequential.contains("\nm599\n"));
    }

    @Test
    void aMoleculeThatCannotBeReadFailsTheExportWithItsSmiles() {
        AnalyzedMolecule good = analyzedOrThrow("CCO");
        AnalyzedMolecule bad = good.withName("broken");
        ScoredMolecule broken = new ScoredMolecule(new AnalyzedMolecule(new Molecule("C1CC", "", "broken"),
                bad.formula(), bad.properties(), bad.saScore(), bad.alerts(), bad.ecfp4(), bad.substructureKeys(),
                bad.tags(), null), new Score(0.5, List.of(), null), 1);
        IOException e = assertThrows(IOException.class, () -> write(List.of(broken), 2));
        assertTrue(e.getMessage().contains("C1CC"), e.getMessage());
    }

    private static AnalyzedMolecule analyzedOrThrow(String smiles) {
        Analysis a = MoleculeAnalyzer.withDefaults().analyze(new InputRecord(1, 1, Notation.SMILES, smiles, "x", Map.of(), null));
        return ((Analysis.Success) a).molecule();
    }

    private static String write(List<ScoredMolecule> molecules, int threads) throws IOException {
        StringWriter out = new StringWriter();
        try (SdfSink sink = new SdfSink(out, threads)) {
            for (ScoredMolecule m : molecules) {
                sink.write(m);
            }
        }
        return out.toString();
    }
}
