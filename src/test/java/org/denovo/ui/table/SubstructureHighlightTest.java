package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.denovo.core.chem.SubstructureQuery;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;

/** The table's substructure search marks what it matched, for the depictions in the table and the detail. */
class SubstructureHighlightTest {
    @Test
    void everyDistinctMatchIsFoundByAtom() {
        SubstructureQuery ring = SubstructureQuery.compile("c1ccccc1");
        List<int[]> matches = ring.matchedAtomsCanonical("c1ccc(cc1)-c1ccccc1", 20);
        assertEquals(2, matches.size(), "both rings of biphenyl");
        assertEquals(12, matches.stream().flatMapToInt(Arrays::stream).distinct().count());
        assertEquals(List.of(), SubstructureQuery.compile("[N+](=O)[O-]").matchedAtomsCanonical("CCO", 20));
        assertEquals(1, ring.matchedAtomsCanonical("c1ccc(cc1)-c1ccccc1", 1).size(), "at most the limit");
    }

    @Test
    void theSearchSetsTheHighlightAndClearingRemovesIt() throws Exception {
        MoleculeTableViewModel table = new MoleculeTableViewModel(new ImmediateTaskRunner(), null);
        table.show("run", 1, List.of(TestRows.row(1, "c1ccccc1O", "phenol"), TestRows.row(2, "CCO", "ethanol")));
        table.search("[OX2H]c");
        assertEquals("[OX2H]c", table.highlightProperty().get().smarts());
        assertEquals(1, table.sortedRows().size());
        table.search("");
        assertNull(table.highlightProperty().get());
        table.search("c1ccccc1");
        table.show("another", 2, List.of());
        assertNull(table.highlightProperty().get(), "rows of another run start without a highlight");
    }
}
