package org.denovo.ui.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.structure.Molecules;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;

class LineageViewModelTest {
    private static final MoleculeAnalyzer ANALYZER = MoleculeAnalyzer.withDefaults();

    private static String canonical(String smiles) throws Exception {
        return Molecules.canonicalSmiles(Molecules.parseSmiles(smiles));
    }

    private static AnalyzedMolecule analyzed(String smiles) throws Exception {
        return ANALYZER.analyzeCanonical(canonical(smiles), "", null);
    }

    private MoleculeRow row(long id, Profile profile, String smiles, int round, String parent) throws Exception {
        var m = analyzed(smiles).withTags(Map.of("round", Integer.toString(round), "parent", parent,
                "similarity", round == 0 ? "1.0000" : "0.5000", "operation", round == 0 ? "lead" : "completion"));
        return new MoleculeRow(id, 1, new ScoredMolecule(m, profile.score(m), 0), false, 0, List.of(), "");
    }

    @Test
    void pathFromTheLeadWithChangesAndComponents() throws Exception {
        Profile qed = new ProfileLoader().load("drug-like");
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        MoleculeTableViewModel table = new MoleculeTableViewModel(runner, null);
        String lead = canonical("c1ccccc1CCN");
        String step1 = canonical("Clc1ccccc1CCN");
        String step2 = canonical("Clc1ccccc1CCNC(C)=O");
        table.show("run", 1, List.of(row(1, qed, lead, 0, ""), row(2, qed, step1, 1, lead), row(3, qed, step2, 2, step1),
                row(4, qed, "CCCCCC", 1, lead)));
        LineageViewModel lineage = new LineageViewModel(runner, table);

        lineage.show(table.rowOf(step2));
        assertEquals(List.of(lead, step1, step2), lineage.steps().stream().map(LineageStep::smiles).toList());
        assertEquals(0, lineage.steps().get(0).changedAtoms().length, "the lead has nothing to highlight");
        assertTrue(lineage.steps().get(1).changedAtoms().length >= 2, "the chlorine and its carbon at least");
        assertTrue(lineage.steps().get(1).caption().startsWith("Round 1 · completion"), lineage.steps().get(1).caption());
        assertTrue(lineage.summaryProperty().get().startsWith("2 steps from the lead"), lineage.summaryProperty().get());
        assertEquals(table.rowOf(step2).scored().score().components().size(), lineage.components().size());
        ComponentComparison first = lineage.components().get(0);
        assertEquals(table.rowOf(lead).scored().score().components().get(0).raw(), first.leadRaw(), 1e-12);
        assertEquals(table.rowOf(step2).scored().score().components().get(0).raw(), first.raw(), 1e-12);
    }

    @Test
    void moleculesOutsideOptimisationRunsHaveNoLineage() throws Exception {
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        MoleculeTableViewModel table = new MoleculeTableViewModel(runner, null);
        var m = analyzed("CCO");
        MoleculeRow plain = new MoleculeRow(1, 1, new ScoredMolecule(m, new ProfileLoader().load("qed").score(m), 1),
                false, 0, List.of(), "");
        table.show("run", 1, List.of(plain));
        LineageViewModel lineage = new LineageViewModel(runner, table);
        lineage.show(plain);
        assertTrue(lineage.steps().isEmpty());
        assertTrue(lineage.components().isEmpty());
        assertTrue(lineage.summaryProperty().get().contains("optimisation runs"));
    }
}
