package org.denovo.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.io.RecordReader;
import org.denovo.core.library.Library;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.run.ScoreRun;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.work.WorkContext;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.TestRows;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void writesTheChosenRowsRankedAndSaysSo() throws Exception {
        MoleculeRow aspirin = TestRows.row(1, "CC(=O)Oc1ccccc1C(=O)O", "aspirin");
        MoleculeRow caffeine = TestRows.row(2, "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "caffeine");
        MoleculeRow imatinib = TestRows.row(3, "Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1", "imatinib");
        imatinib.starredProperty().set(true);
        imatinib.ratingProperty().set(3);
        imatinib.tagsProperty().set(List.of("kinase"));
        Path out = dir.resolve("picked.sdf");
        try (Library library = Library.open(dir.resolve("library.db"))) {
            ExportViewModel model = new ExportViewModel(new ImmediateTaskRunner(), library, List.of(aspirin),
                    List.of(aspirin, caffeine, imatinib), 0, out);
            assertEquals(ExportScope.FILTERED_VIEW, model.scopeProperty().get());
            assertTrue(model.readyProperty().get(), model.previewProperty().get());
            assertTrue(model.previewProperty().get().startsWith("Will write 3 molecules"), model.previewProperty().get());
            assertTrue(model.previewProperty().get().contains("as SDF"), model.previewProperty().get());

            model.scopeProperty().set(ExportScope.RUN);
            assertFalse(model.readyProperty().get(), "no run on show");
            model.scopeProperty().set(ExportScope.TOP_K);
            model.topKProperty().set(2);
            assertTrue(model.previewProperty().get().startsWith("Will write 2 molecules"));

            String[] done = {null};
            model.export(m -> done[0] = m, e -> { throw new AssertionError(e); });
            assertEquals("Wrote 2 molecules to " + out.toAbsolutePath(), done[0]);
        }
        List<InputRecord> records = new ArrayList<>();
        try (RecordReader r = RecordReader.open(out)) {
            r.forEachRemaining(records::add);
        }
        assertEquals(2, records.size());
        List<Double> scores = records.stream().map(x -> Double.parseDouble(x.tags().get("score"))).toList();
        assertTrue(scores.get(0) >= scores.get(1), "best first: " + scores);
        assertEquals("", records.get(0).tags().getOrDefault("rank", ""), "rows not ranked in a run have no rank");
        assertEquals("1", records.get(0).tags().get("position"));
        assertFalse(Files.exists(dir.resolve("picked.sdf.part")));
    }

    @Test
    void explainsWhatIsWrongBeforeWriting() throws Exception {
        MoleculeRow aspirin = TestRows.row(1, "CC(=O)Oc1ccccc1C(=O)O", "aspirin");
        try (Library library = Library.open(dir.resolve("library.db"))) {
            ExportViewModel model = new ExportViewModel(new ImmediateTaskRunner(), library, List.of(), List.of(aspirin),
                    0, dir.resolve("x.docx"));
            assertFalse(model.readyProperty().get());
            assertTrue(model.previewProperty().get().startsWith("Cannot tell the format of x.docx"));
            model.pathProperty().set(dir.resolve("missing/x.sdf").toString());
            assertTrue(model.previewProperty().get().startsWith("The folder "), model.previewProperty().get());
            model.pathProperty().set(dir + "/x\0.sdf");
            assertTrue(model.previewProperty().get().contains("is not a file path"), model.previewProperty().get());
            assertFalse(model.readyProperty().get());
            model.pathProperty().set("in the same folder.csv");
            assertTrue(model.previewProperty().get().endsWith(dir.resolve("in the same folder.csv").toString()),
                    "a bare file name goes to the proposed folder: " + model.previewProperty().get());
            model.pathProperty().set(dir.resolve("x.csv").toString());
            model.scopeProperty().set(ExportScope.SELECTION);
            assertTrue(model.previewProperty().get().startsWith("Nothing to write"), model.previewProperty().get());
        }
    }

    @Test
    void selectedRowsKeepTheirRankInTheRunAndNameItsProfile() throws Exception {
        Path input = dir.resolve("in.smi");
        StringBuilder smi = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            smi.append("c1ccc(cc1)").append("C".repeat(i)).append("O chain").append(i).append('\n');
        }
        Files.writeString(input, smi.toString());
        for (String name : List.of("picked.sdf", "picked.csv")) {
            Path out = dir.resolve(name);
            try (Library library = Library.open(dir.resolve(name + ".db"))) {
                long run = new ScoreRun(input, dir.resolve("all-" + name), new ProfileLoader().load("lead-like"), 0, 1,
                        message -> { }).storedIn(library, "chains", "lead-like").run(WorkContext.synchronous()).runId();
                List<MoleculeRow> rows = library.molecules(MoleculeQuery.ofRun(run)).stream().map(MoleculeRow::of).toList();
                List<MoleculeRow> picked = rows.stream().filter(r -> r.rankProperty().get() == 52
                        || r.rankProperty().get() == 53).toList();
                assertEquals(2, picked.size());
                ExportViewModel model = new ExportViewModel(new ImmediateTaskRunner(), library, picked, rows, run, out);
                assertEquals(ExportScope.SELECTION, model.scopeProperty().get());
                model.export(m -> { }, e -> { throw new AssertionError(e); });
            }
            List<InputRecord> records = new ArrayList<>();
            try (RecordReader r = RecordReader.open(out)) {
                r.forEachRemaining(records::add);
            }
            assertEquals(List.of("52", "53"), records.stream().map(r -> r.tags().get("rank")).toList(), name + ": rank in the run");
            assertEquals(List.of("1", "2"), records.stream().map(r -> r.tags().get("position")).toList(), name + ": position in the file");
            assertEquals(List.of("lead-like", "lead-like"), records.stream().map(r -> r.tags().get("profile")).toList(),
                    name + ": the profile the run was ranked with");
        }
    }
}
