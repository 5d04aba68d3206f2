package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.denovo.core.library.Library;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunMember;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows from several runs name their run, and the table says that their ranks and scores are each run's own. */
class SourceRunTest {
    @TempDir
    Path dir;

    @Test
    void rowsOfSeveralRunsNameTheirRunAndTheProfiles() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            long a = library.startRun(RunInfo.of(RunKind.SCORE, "series A", "{\"profile_name\":\"qed\"}"));
            library.appendBatch(a, List.of(RunMember.of(TestRows.row(0, "CCO", "ethanol").scored())));
            long b = library.startRun(RunInfo.of(RunKind.SCORE, "series B", "{\"profile_name\":\"drug-like\"}"));
            library.appendBatch(b, List.of(RunMember.of(TestRows.row(0, "c1ccccc1O", "phenol").scored())));
            MoleculeTableViewModel table = new MoleculeTableViewModel(new ImmediateTaskRunner(), library);
            for (long id : List.of(a, b)) {
                table.runs().put(id, library.run(id).orElseThrow());
            }
            List<MoleculeRow> one = library.molecules(MoleculeQuery.ofRun(a)).stream().map(MoleculeRow::of).toList();
            table.show("series A", a, one);
            assertFalse(table.manyRunsProperty().get());
            assertEquals("", table.mixNoteProperty().get());

            List<MoleculeRow> both = new ArrayList<>(one);
            library.molecules(MoleculeQuery.ofRun(b)).forEach(m -> both.add(MoleculeRow.of(m)));
            table.show("Whole library", 0, both);
            assertTrue(table.manyRunsProperty().get());
            assertEquals("series B", table.runName(both.get(1)));
            String note = table.mixNoteProperty().get();
            assertTrue(note.contains("2 runs") && note.contains("drug-like, qed") && note.contains("not comparable"), note);
        }
    }
}
