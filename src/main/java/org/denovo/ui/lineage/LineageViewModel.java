package org.denovo.ui.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.denovo.core.chem.StructureChange;
import org.denovo.core.optimize.LineagePath;
import org.denovo.core.score.ComponentScore;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.task.TaskRunner;

/**
 * The lineage of the selected molecule of an optimisation run: the path from its lead through the parents the run
 * recorded, each step with the atoms it changed, and the profile's components for the lead against the molecule.
 */
public final class LineageViewModel {
    private final TaskRunner runner;
    private final MoleculeTableViewModel table;
    private final ObservableList<LineageStep> steps = FXCollections.observableArrayList();
    private final ObservableList<ComponentComparison> components = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private MoleculeRow shown;

    public LineageViewModel(TaskRunner runner, MoleculeTableViewModel table) {
        this.runner = runner;
        this.table = table;
    }

    public void show(MoleculeRow row) {
        shown = row;
        if (row == null || row.round() < 0) {
            steps.clear();
            components.clear();
            summary.set(row == null ? "No molecule selected."
                    : "A lineage is recorded for the molecules of optimisation runs.");
            return;
        }
        List<String> path = LineagePath.toLead(row.smiles(), s -> {
            MoleculeRow r = table.rowOf(s);
            return r == null ? null : r.parentSmiles();
        });
        List<MoleculeRow> rows = path.stream().map(table::rowOf).toList();
        MoleculeRow lead = rows.get(0) != null && rows.get(0).round() == 0 ? rows.get(0) : null;
        components.setAll(lead == null ? List.of() : compare(lead, row));
        summary.set(describe(row, lead, path.size()));
        runner.quietly(() -> steps(path, rows), done -> {
            if (shown == row) {
                steps.setAll(done);
            }
        }, error -> steps.clear());
    }

    private static List<LineageStep> steps(List<String> path, List<MoleculeRow> rows) {
        List<LineageStep> out = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            int[] changed = i == 0 ? new int[0] : StructureChange.changedAtoms(path.get(i - 1), path.get(i));
            out.add(new LineageStep(path.get(i), rows.get(i), changed, caption(rows.get(i), i == 0)));
        }
        return out;
    }

    static String caption(MoleculeRow r, boolean first) {
        if (r == null) {
            return first ? "parent not in this run" : "";
        }
        String score = r.filteredOut() ? "filtered" : String.format(Locale.ROOT, "score %.3f", r.score());
        if (r.round() == 0) {
            return "Lead · " + score;
        }
        return String.format(Locale.ROOT, "Round %d · %s · %s · similarity %.2f", r.round(),
                r.operation().isEmpty() ? "proposal" : r.operation(), score, r.similarity());
    }

    private static String describe(MoleculeRow row, MoleculeRow lead, int length) {
        if (row.round() == 0) {
            return "This is the lead of the run.";
        }
        String steps = (length - 1) + (length == 2 ? " step" : " steps") + " from the lead";
        if (lead == null) {
            return steps + " (the lead is not among the rows on show)";
        }
        return String.format(Locale.ROOT, "%s; score %.3f against the lead's %.3f (%+.3f)", steps, row.score(),
                lead.score(), row.score() - lead.score());
    }

    /** The components of the molecule's profile, with the lead's values beside them. */
    static List<ComponentComparison> compare(MoleculeRow lead, MoleculeRow molecule) {
        Map<String, ComponentScore> leadComponents = new LinkedHashMap<>();
        for (ComponentScore c : lead.scored().score().components()) {
            leadComponents.put(c.name(), c);
        }
        List<ComponentComparison> out = new ArrayList<>();
        for (ComponentScore c : molecule.scored().score().components()) {
            ComponentScore l = leadComponents.get(c.name());
            out.add(new ComponentComparison(c.name(), c.weight(), l == null ? Double.NaN : l.raw(),
                    l == null ? Double.NaN : l.score(), c.raw(), c.score()));
        }
        return out;
    }

    public ObservableList<LineageStep> steps() { return steps; }
    public ObservableList<ComponentComparison> components() { return components; }
    public StringProperty summaryProperty() { return summary; }
}
