package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;

/** Starring or unstarring under a "starred" filter changes the view at once. */
class StarredFilterTest {
    @Test
    void theStarredFilterFollowsTheStars() throws Exception {
        MoleculeRow ethanol = TestRows.row(1, "CCO", "ethanol");
        MoleculeRow phenol = TestRows.row(2, "c1ccccc1O", "phenol");
        MoleculeTableViewModel table = new MoleculeTableViewModel(new ImmediateTaskRunner(), null);
        table.show("mine", 0, List.of(ethanol, phenol));
        table.filterTextProperty().set("starred");
        assertEquals(0, table.sortedRows().size());

        table.star(List.of(phenol), true);
        assertEquals(List.of(phenol), List.copyOf(table.sortedRows()), "a starred row joins the view");
        table.toggleStar(List.of(phenol));
        assertEquals(0, table.sortedRows().size(), "an unstarred row leaves it");
    }
}
