package org.denovo.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunMember;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.table.TestRows;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Similarity search results carry their Tanimoto to the query, and a new threshold searches again. */
class SimilaritySearchTest {
    @TempDir
    Path dir;

    @Test
    void hitsShowTheirSimilarityAndFollowTheThreshold() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            long run = library.startRun(RunInfo.of(RunKind.IMPORT, "mine", "{}"));
            library.appendBatch(run, List.of(
                    RunMember.of(TestRows.row(0, "CC(=O)Nc1ccc(O)cc1", "paracetamol").scored()),
                    RunMember.of(TestRows.row(0, "CC(=O)Nc1ccc(OC)cc1", "methacetin").scored()),
                    RunMember.of(TestRows.row(0, "CCCCCCCC", "octane").scored())));
            ImmediateTaskRunner runner = new ImmediateTaskRunner();
            MoleculeTableViewModel table = new MoleculeTableViewModel(runner, library);
            LibraryViewModel model = new LibraryViewModel(runner, library, table);
            model.similarityThresholdProperty().set(0.2);
            model.search("~CC(=O)Nc1ccc(O)cc1");
            List<MoleculeRow> hits = List.copyOf(table.allRows());
            assertEquals(List.of("paracetamol", "methacetin"), hits.stream().map(MoleculeRow::name).toList());
            assertEquals(1.0, hits.get(0).similarity(), 1e-9);
            assertTrue(hits.get(1).similarity() > 0.2 && hits.get(1).similarity() < 1, "" + hits.get(1).similarity());
            assertTrue(table.similaritiesProperty().get(), "the Sim. column shows");

            model.similarityThresholdProperty().set(0.95);
            assertEquals(List.of("paracetamol"), table.allRows().stream().map(MoleculeRow::name).toList(),
                    "a new threshold searches again");
        }
    }
}
