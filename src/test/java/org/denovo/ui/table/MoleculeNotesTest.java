package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.denovo.core.library.Library;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note on one molecule is stored in the library, read back with it, and found by the filter's text. */
class MoleculeNotesTest {
    @TempDir
    Path dir;

    @Test
    void aNoteIsStoredAndFiltered() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            long run = library.startRun(RunInfo.of(RunKind.IMPORT, "mine", "{}"));
            List<Long> ids = library.appendBatch(run, List.of(org.denovo.core.library.RunMember.of(TestRows.row(0, "CCO", "ethanol").scored()),
                    org.denovo.core.library.RunMember.of(TestRows.row(0, "c1ccccc1O", "phenol").scored())));
            List<MoleculeRow> rows = library.molecules(MoleculeQuery.ofRun(run)).stream().map(MoleculeRow::of).toList();
            MoleculeTableViewModel table = new MoleculeTableViewModel(new ImmediateTaskRunner(), library);
            table.show("mine", run, rows);
            MoleculeRow phenol = rows.stream().filter(r -> r.name().equals("phenol")).findFirst().orElseThrow();

            table.note(phenol, "  make the methyl ether next  ");
            assertEquals("make the methyl ether next", phenol.notes());
            var stored = library.molecule(phenol.id()).orElseThrow();
            assertEquals("make the methyl ether next", stored.notes(), "kept in the library");

            table.filterTextProperty().set("methyl ether");
            assertEquals(List.of(phenol), List.copyOf(table.sortedRows()));
            table.note(phenol, "");
            assertEquals("", library.molecule(phenol.id()).orElseThrow().notes(), "an empty note clears it");
            assertEquals(0, table.sortedRows().size());
            assertEquals(ids.size(), 2);
        }
    }
}
