package org.denovo.ui.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunSummary;
import org.denovo.core.library.StoredRun;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileException;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.Sigmoid;
import org.denovo.ui.table.TestRows;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileEditorViewModelTest {
    @TempDir
    Path dir;

    @Test
    void editsABuiltInProfileAndSavesItUnderANewName() throws Exception {
        ProfileLoader loader = new ProfileLoader(dir.resolve("profiles"));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            ProfileEditorViewModel editor = new ProfileEditorViewModel(loader, new ImmediateTaskRunner(), library);
            editor.startFrom("drug-like");
            assertEquals("drug-like-custom", editor.nameProperty().get());
            assertEquals(6, editor.components().size(), "four properties and two alert components");
            assertEquals(1, editor.filters().size());
            assertEquals("", editor.errorProperty().get());

            ComponentDraft tpsa = new ComponentDraft();
            tpsa.propertyProperty().set(Descriptor.TPSA);
            tpsa.transformProperty().set(TransformKind.REVERSE_SIGMOID);
            tpsa.lowProperty().set(60);
            tpsa.highProperty().set(140);
            tpsa.weightProperty().set(3);
            editor.components().add(tpsa);
            assertTrue(editor.validate(), editor.errorProperty().get());
            assertTrue(editor.transformOf(6).apply(40) > 0.9 && editor.transformOf(6).apply(160) < 0.1,
                    "the curve the editor plots is the compiled transform");

            editor.nameProperty().set("low-tpsa");
            Path file = editor.save();
            assertTrue(Files.isRegularFile(file));
            assertTrue(loader.available().contains("low-tpsa"));
            Profile saved = loader.load("low-tpsa");
            assertEquals(7, saved.components().size());
            assertEquals(3.0, saved.components().get(6).weight());
        }
    }

    @Test
    void invalidParametersAreExplainedAndNotSaved() throws Exception {
        ProfileLoader loader = new ProfileLoader(dir.resolve("profiles"));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            ProfileEditorViewModel editor = new ProfileEditorViewModel(loader, new ImmediateTaskRunner(), library);
            editor.startFrom("drug-like");
            ComponentDraft sa = editor.components().get(1);
            sa.lowProperty().set(6);
            sa.highProperty().set(2);
            assertFalse(editor.validate());
            assertTrue(editor.errorProperty().get().contains("must be greater than"), editor.errorProperty().get());
            editor.nameProperty().set("broken");
            assertThrows(ProfileException.class, editor::save);
            assertFalse(Files.exists(dir.resolve("profiles/broken.json")));
            sa.lowProperty().set(2);
            sa.highProperty().set(6);
            editor.nameProperty().set("drug-like");
            ProfileException e = assertThrows(ProfileException.class, editor::save);
            assertTrue(e.getMessage().contains("built-in"), e.getMessage());
        }
    }

    @Test
    void rescoresAStoredRunIntoANewRun() throws Exception {
        ProfileLoader loader = new ProfileLoader(dir.resolve("profiles"));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            StoredRun run = StoredRun.start(library, RunInfo.of(RunKind.GENERATE, "three", "{}"));
            run.append(List.of(TestRows.row(1, "CC(=O)Oc1ccccc1C(=O)O", "aspirin").scored(),
                    TestRows.row(2, "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "caffeine").scored(),
                    TestRows.row(3, "Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1", "imatinib").scored()));
            run.finish();
            ProfileEditorViewModel editor = new ProfileEditorViewModel(loader, new ImmediateTaskRunner(), library);
            editor.startFrom("drug-like");
            editor.components().removeIf(c -> c.editable() && c.propertyProperty().get() != Descriptor.MOL_WEIGHT);
            ComponentDraft mw = editor.components().get(0);
            mw.transformProperty().set(TransformKind.SIGMOID);
            mw.lowProperty().set(300);
            mw.highProperty().set(450);
            editor.nameProperty().set("heavy");
            long[] made = {0};
            editor.rescore(run.id(), id -> made[0] = id, e -> { throw new AssertionError(e); });
            assertTrue(made[0] > 0);
            RunSummary rescored = library.run(made[0]).orElseThrow();
            assertEquals(run.id(), rescored.parentRun());
            assertEquals(3, rescored.molecules());
            List<LibraryMolecule> best = library.molecules(MoleculeQuery.ofRun(made[0]));
            assertEquals("imatinib", best.get(0).scored().molecule().molecule().name(), "heaviest ranks first now");
            double before = library.molecules(MoleculeQuery.ofRun(run.id())).get(0).scored().score().total();
            assertNotEquals(before, best.get(0).scored().score().total(), 1e-9);
            assertTrue(best.get(2).scored().score().total() < 0.2, "light molecules score low on the new sigmoid");
            assertTrue(loader.load("heavy").components().get(0).transform() instanceof Sigmoid);
        }
    }

    @Test
    void similaritySubstructureAndAlertComponentsAreEditedAndScore() throws Exception {
        ProfileLoader loader = new ProfileLoader(dir.resolve("profiles"));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            ProfileEditorViewModel editor = new ProfileEditorViewModel(loader, new ImmediateTaskRunner(), library);
            editor.startFrom("qed");
            editor.components().clear();
            ComponentDraft similar = new ComponentDraft();
            similar.kindProperty().set(ComponentKind.SIMILARITY);
            similar.referencesProperty().set("CC(=O)Nc1ccc(O)cc1");
            similar.modeProperty().set("max");
            ComponentDraft indole = new ComponentDraft();
            indole.kindProperty().set(ComponentKind.SUBSTRUCTURE);
            indole.smartsProperty().set("c1ccc2[nH]ccc2c1");
            indole.modeProperty().set("absent");
            indole.weightProperty().set(2);
            ComponentDraft pains = new ComponentDraft();
            pains.kindProperty().set(ComponentKind.ALERTS);
            pains.alertSetsProperty().set("PAINS, Glaxo");
            pains.transformProperty().set(TransformKind.LINEAR);
            pains.pointsProperty().set("0:1, 1:0.2");
            editor.components().addAll(similar, indole, pains);
            editor.aggregationProperty().set(org.denovo.core.score.Aggregation.GEOMETRIC);
            assertTrue(editor.validate(), editor.errorProperty().get());
            assertEquals("score = (similarity × substructure c1ccc2[nH]ccc2c1^2 × alerts PAINS, Glaxo)^(1/4), each a"
                    + " desirability in [0, 1]; a 0 makes the score 0", editor.combination());

            editor.nameProperty().set("near-paracetamol");
            editor.save();
            Profile saved = loader.load("near-paracetamol");
            var paracetamol = TestRows.row(1, "CC(=O)Nc1ccc(O)cc1", "paracetamol").molecule();
            var indoleMolecule = TestRows.row(2, "c1ccc2[nH]ccc2c1CC(=O)Nc1ccc(O)cc1", "with indole").molecule();
            assertEquals(1.0, saved.score(paracetamol).total(), 1e-9, "identical, no indole, no alert");
            assertEquals(0.0, saved.score(indoleMolecule).total(), 1e-9, "the indole is unwanted");

            editor.startFrom("near-paracetamol");
            List<ComponentKind> kinds = editor.components().stream().map(c -> c.kindProperty().get()).toList();
            assertEquals(List.of(ComponentKind.SIMILARITY, ComponentKind.SUBSTRUCTURE, ComponentKind.ALERTS), kinds,
                    "read back as editable components");
            assertEquals("PAINS, Glaxo", editor.components().get(2).alertSetsProperty().get());
            assertEquals("absent", editor.components().get(1).modeProperty().get());
        }
    }
}
