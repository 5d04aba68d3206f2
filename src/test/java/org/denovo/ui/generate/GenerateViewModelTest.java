package org.denovo.ui.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.denovo.core.library.Library;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.RunStatus;
import org.denovo.core.library.RunSummary;
import org.denovo.ui.Settings;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate panel's ViewModel on the tiny test model, with work run synchronously. */
class GenerateViewModelTest {
    static final String TINY = "src/test/resources/models/tiny";
    @TempDir
    Path dir;
    ImmediateTaskRunner runner;
    WorkbenchServices services;
    MoleculeTableViewModel table;
    GenerateViewModel generate;

    @BeforeEach
    void open() throws Exception {
        runner = new ImmediateTaskRunner();
        Settings settings = new Settings();
        settings.modelDir = TINY;
        settings.threads = 2;
        services = new WorkbenchServices(runner, Library.open(dir.resolve("library.db")), settings,
                dir.resolve(Settings.FILE_NAME));
        table = new MoleculeTableViewModel(runner, services.library());
        generate = new GenerateViewModel(services, table);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void generatedMoleculesStreamIntoTheTableAndTheLibrary() throws Exception {
        long[] stored = {0};
        List<RunStatus> announced = new java.util.ArrayList<>();
        generate.setOnRunStored(id -> {
            stored[0] = id;
            try {
                announced.add(services.library().run(id).orElseThrow().status());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        generate.parameters().countProperty().set(600);
        generate.parameters().seedProperty().set("5");
        generate.start();

        assertFalse(generate.runningProperty().get());
        List<MoleculeRow> rows = table.allRows();
        assertTrue(rows.size() > 3, "some valid molecules from 600 tiny-model samples, got " + rows.size());
        assertTrue(stored[0] > 0);
        assertEquals(List.of(RunStatus.RUNNING, RunStatus.FINISHED), announced,
                "the run list hears of the run when it starts, and again when it is done");
        RunSummary run = services.library().run(stored[0]).orElseThrow();
        assertEquals(RunStatus.FINISHED, run.status());
        assertEquals(rows.size(), run.molecules());
        assertEquals(600L, run.sampled());
        assertTrue(run.valid() >= rows.size(), "valid counts duplicates too");
        assertTrue(run.medianScore() != null);
        // ranks from the library arrive in the rows, 1..n
        assertEquals(rows.size(), rows.stream().mapToInt(r -> r.rankProperty().get()).filter(r -> r > 0).distinct().count());
        assertTrue(rows.stream().allMatch(r -> r.id() > 0 && r.runId() == stored[0]));
        assertTrue(generate.statusProperty().get().startsWith("sampled 600, valid "), generate.statusProperty().get());
        assertEquals(rows.size(), services.library().count(MoleculeQuery.ofRun(stored[0])));
    }

    @Test
    void theRunningRunsLineInTheLibraryListCountsItsMoleculesAsTheyArrive() {
        org.denovo.ui.library.LibraryViewModel library =
                new org.denovo.ui.library.LibraryViewModel(runner, services.library(), table);
        List<Long> seen = new java.util.ArrayList<>();
        generate.setOnRunStored(id -> library.refresh());
        generate.setOnRunGrew((id, added) -> {
            library.moleculesAdded(id, added);
            seen.add(library.runs().stream().filter(r -> r.id() == id).findFirst().orElseThrow().molecules());
        });
        generate.parameters().countProperty().set(600);
        generate.parameters().seedProperty().set("5");
        generate.start();
        assertTrue(seen.size() >= 2, "one update per stored batch: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), seen.toString());
        }
        assertEquals(table.allRows().size(), seen.get(seen.size() - 1));
        assertEquals(table.allRows().size(), library.runs().get(0).molecules(), "and the final refresh agrees");
    }

    @Test
    void theLibrarySearchBoxFindsMoleculesSimilarToATypedSmiles() {
        org.denovo.ui.library.LibraryViewModel library =
                new org.denovo.ui.library.LibraryViewModel(runner, services.library(), table);
        generate.parameters().countProperty().set(600);
        generate.parameters().seedProperty().set("5");
        generate.start();
        MoleculeRow some = table.allRows().get(0);

        library.search("~" + some.smiles());
        assertTrue(table.allRows().stream().anyMatch(r -> r.smiles().equals(some.smiles())),
                "the molecule itself is the most similar: " + library.statusProperty().get());
        assertTrue(library.statusProperty().get().matches("[0-9,]+ similar molecules?"), library.statusProperty().get());

        library.search("~C1CC(");
        assertTrue(library.statusProperty().get().startsWith("cannot read SMILES"), library.statusProperty().get());
        assertTrue(table.allRows().stream().anyMatch(r -> r.smiles().equals(some.smiles())), "the table is kept");

        library.search(some.smiles());
        assertTrue(library.statusProperty().get().contains("molecules contain"), library.statusProperty().get());
    }

    @Test
    void everyMoleculeGrowsFromThePrefixGiven() {
        services.settings().modelDir = ""; // the shipped model: the tiny test model does not know indoles
        generate.parameters().countProperty().set(100);
        generate.parameters().seedProperty().set("2");
        generate.parameters().prefixProperty().set("c1ccc2[nH]ccc2c1");
        generate.start();
        List<MoleculeRow> rows = table.allRows();
        assertTrue(rows.size() > 20, "distinct valid molecules from 100 samples: " + rows.size());
        org.denovo.core.chem.SubstructureQuery indole = org.denovo.core.chem.SubstructureQuery.compile("c1ccc2[nH]ccc2c1");
        assertTrue(rows.stream().allMatch(r -> indole.matchesCanonical(r.smiles())), "every molecule keeps the indole");
        generate.parameters().prefixProperty().set("c1cc cc1");
        generate.start();
        assertTrue(generate.statusProperty().get().contains("prefix"), generate.statusProperty().get());
    }

    @Test
    void theSameSeedGivesTheSameMolecules() {
        generate.parameters().countProperty().set(300);
        generate.parameters().seedProperty().set("11");
        generate.start();
        List<String> first = table.allRows().stream().map(MoleculeRow::smiles).toList();
        generate.start();
        List<String> second = table.allRows().stream().map(MoleculeRow::smiles).toList();
        assertFalse(first.isEmpty());
        assertEquals(first, second);
    }

    @Test
    void cancelKeepsWhatIsDone() throws Exception {
        long[] stored = {0};
        generate.setOnRunStored(id -> stored[0] = id);
        generate.parameters().countProperty().set(5000);
        generate.parameters().seedProperty().set("5");
        // cancel as soon as the first molecules reach the table
        org.denovo.core.work.Cancellation token = runner.nextCancellation();
        table.allRows().addListener((javafx.collections.ListChangeListener<MoleculeRow>) c -> {
            if (!table.allRows().isEmpty()) {
                token.cancel();
            }
        });
        generate.start();

        assertFalse(generate.runningProperty().get());
        assertTrue(generate.statusProperty().get().startsWith("cancelled; kept "), generate.statusProperty().get());
        int kept = table.allRows().size();
        assertTrue(kept > 0);
        RunSummary run = services.library().run(stored[0]).orElseThrow();
        assertEquals(RunStatus.CANCELLED, run.status());
        assertEquals(kept, run.molecules());
    }

    @Test
    void badInputIsExplainedAndNothingStarts() throws Exception {
        generate.parameters().seedProperty().set("12abc");
        generate.start();
        assertEquals("seed must be a whole number, or blank for a random one", generate.statusProperty().get());
        generate.parameters().seedProperty().set("");
        generate.parameters().countProperty().set(0);
        generate.start();
        assertTrue(generate.statusProperty().get().startsWith("count must be between 1 and"));
        assertTrue(services.library().runs().isEmpty());
    }

    @Test
    void aMissingModelIsAReadableFailure() {
        services.settings().modelDir = dir.resolve("no-such-model").toString();
        generate.parameters().countProperty().set(10);
        generate.start();
        assertFalse(generate.runningProperty().get());
        assertTrue(generate.statusProperty().get().contains("model folder not found"), generate.statusProperty().get());
    }
}
