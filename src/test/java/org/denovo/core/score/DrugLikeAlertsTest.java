package org.denovo.core.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.Notation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default profile on one N-(4-fluorobenzyl)benzamide with different para groups: PAINS and reactive groups
 * cost clearly, a mild alert costs a little.
 */
class DrugLikeAlertsTest {
    static final String TAIL = "C(=O)NCc1ccc(F)cc1";
    static final Map<String, String> CLEAN = Map.of(
            "acetamido", "CC(=O)Nc1ccc(cc1)" + TAIL,
            "methyl", "Cc1ccc(cc1)" + TAIL,
            "methoxy", "COc1ccc(cc1)" + TAIL,
            "chloro", "Clc1ccc(cc1)" + TAIL);
    static final Map<String, String> MILD = Map.of("aniline", "Nc1ccc(cc1)" + TAIL);
    static final Map<String, String> SEVERE = Map.of(
            "ene-rhodanine (PAINS)", "O=C1NC(=S)SC1=Cc1ccc(cc1)" + TAIL,
            "quinone (PAINS, reactive)", "O=C1C=CC(=O)C(=C1)" + TAIL,
            "aldehyde (reactive)", "O=Cc1ccc(cc1)" + TAIL,
            "2-chloroethylamine (reactive)", "ClCCNc1ccc(cc1)" + TAIL,
            "acrylamide (reactive)", "C=CC(=O)Nc1ccc(cc1)" + TAIL);
    static Profile drugLike;
    static MoleculeAnalyzer analyzer;

    @BeforeAll
    static void load() throws Exception {
        drugLike = new ProfileLoader().load("drug-like");
        analyzer = MoleculeAnalyzer.withDefaults();
    }

    static Map<String, Double> scores(Map<String, String> molecules) {
        Map<String, Double> out = new LinkedHashMap<>();
        molecules.forEach((name, smiles) -> {
            Analysis a = analyzer.analyze(new InputRecord(1, 1, Notation.SMILES, smiles, name, Map.of(), null));
            out.put(name, drugLike.score(((Analysis.Success) a).molecule()).total());
        });
        return out;
    }

    @Test
    void alertsCostByHowSeriousTheyAre() {
        Map<String, Double> clean = scores(CLEAN);
        Map<String, Double> mild = scores(MILD);
        Map<String, Double> severe = scores(SEVERE);
        String all = "clean " + clean + "\nmild " + mild + "\nPAINS or reactive " + severe;
        double worstClean = clean.values().stream().mapToDouble(d -> d).min().orElseThrow();
        double cleanAcetamido = clean.get("acetamido");
        double aniline = mild.get("aniline");
        double bestSevere = severe.values().stream().mapToDouble(d -> d).max().orElseThrow();

        assertTrue(aniline < cleanAcetamido - 0.03, "a mild alert costs something\n" + all);
        assertTrue(aniline > bestSevere + 0.2, "a mild alert costs much less than a PAINS or reactive one\n" + all);
        assertTrue(bestSevere < worstClean - 0.3,
                "no PAINS or reactive molecule ranks among the clean ones: a clear gap\n" + all);
    }
}
