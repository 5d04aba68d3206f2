package org.denovo.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.denovo.core.chem.Descriptor;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.table.TestRows;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;

/** The charts follow the table: what the filter and the brushes keep, and the selected molecule. */
class LinkedChartsTest {
    @Test
    void roundTicksWithinTheRange() {
        assertArrayEquals(new double[] {200, 300, 400, 500}, Histogram.ticks(180, 520, 4), 1e-9);
        double[] quarters = Histogram.ticks(0, 1, 4);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, quarters, 1e-9);
        assertEquals("0.25", Histogram.tickLabel(0.25, quarters));
        assertEquals("0.50", Histogram.tickLabel(0.5, quarters));
        assertEquals("400", Histogram.tickLabel(400, Histogram.ticks(180, 520, 4)));
    }

    @Test
    void keptRowsFollowTheFilterAndTheBrushesAndCountOnTheSameBins() throws Exception {
        MoleculeTableViewModel table = new MoleculeTableViewModel(new ImmediateTaskRunner(), null);
        List<MoleculeRow> rows = List.of(TestRows.row(1, "CCO", "ethanol"), TestRows.row(2, "c1ccccc1O", "phenol"),
                TestRows.row(3, "CC(=O)Nc1ccc(O)cc1", "paracetamol"));
        table.show("run", 1, rows);
        RunChartsViewModel charts = new RunChartsViewModel(table, new SimpleStringProperty(""), n -> null);
        assertArrayEquals(new boolean[] {true, true, true}, charts.kept());

        table.filterTextProperty().set("mw > 90");
        assertArrayEquals(new boolean[] {false, true, true}, charts.kept(), "the filter drops ethanol");
        charts.brush(Descriptor.MOL_WEIGHT, 100, 160); // paracetamol 151
        assertArrayEquals(new boolean[] {false, false, true}, charts.kept(), "the brush drops phenol (94)");

        double[] mw = charts.values(Descriptor.MOL_WEIGHT);
        Histogram h = Histogram.of(mw, 10);
        assertEquals(1, java.util.Arrays.stream(h.countsOf(mw, charts.kept())).sum());
        assertEquals(3, java.util.Arrays.stream(h.counts()).sum(), "all rows stay drawn, light");

        table.selectedProperty().set(rows.get(2));
        assertEquals(2, charts.selectedIndex());
    }
}
