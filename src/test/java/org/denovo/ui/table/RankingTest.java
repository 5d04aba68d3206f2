package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;

/** When the rows on show are a ranking: a run's molecules, each with its rank there. */
class RankingTest {
    @Test
    void aRunIsRankedOnceEveryMoleculeHasItsRank() throws Exception {
        MoleculeTableViewModel table = new MoleculeTableViewModel(new ImmediateTaskRunner(), null);
        MoleculeRow a = TestRows.row(1, "CCO", "a");
        MoleculeRow b = TestRows.row(2, "c1ccncc1", "b");
        table.show("generating", 7, List.of());
        table.append(List.of(a, b));
        assertFalse(table.rankedProperty().get(), "a run still generating");
        table.applyRanks(Map.of(1L, 2, 2L, 1));
        assertTrue(table.rankedProperty().get(), "the finished run");

        table.show("Similar to a", 0, List.of(a, b));
        assertFalse(table.rankedProperty().get(), "search hits keep the ranks of their own runs");
        table.show("run 7", 7, List.of(a, b));
        assertTrue(table.rankedProperty().get(), "a stored run opened from the library");
        table.append(List.of(TestRows.row(3, "CC(=O)O", "c")));
        assertFalse(table.rankedProperty().get(), "a molecule without a rank joined");
    }
}
