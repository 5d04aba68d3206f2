package org.denovo.ui.charts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.score.Profile;
import org.denovo.core.score.PropertyComponent;
import org.denovo.core.score.WeightedComponent;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;

/** The overview charts of the rows on show; brushing a range in a chart filters the table. */
public final class RunChartsViewModel {
    public static final List<Descriptor> HISTOGRAMS = List.of(Descriptor.QED, Descriptor.SA_SCORE,
            Descriptor.MOL_WEIGHT, Descriptor.CRIPPEN_LOGP, Descriptor.TPSA);
    public static final int BINS = 30;
    private final MoleculeTableViewModel table;
    private final Map<Descriptor, double[]> brushes = new EnumMap<>(Descriptor.class);
    private final Function<String, Profile> profiles;
    private final ObservableValue<String> profileName;
    private final Map<String, Profile> loaded = new HashMap<>();

    /**
     * Charts of the table's rows with the windows of the named profile ({@code profiles} gives null when it
     * cannot load one); a new table clears the brushes.
     */
    public RunChartsViewModel(MoleculeTableViewModel table, ObservableValue<String> profileName,
                              Function<String, Profile> profiles) {
        this.table = table;
        this.profileName = profileName;
        this.profiles = profiles;
        table.titleProperty().addListener((o, was, now) -> clearBrushes());
    }

    /** The profile whose windows the charts shade, loaded once per name; null when there is none. */
    public Profile profile() {
        String name = profileName.getValue();
        return name == null || name.isEmpty() ? null : loaded.computeIfAbsent(name, profiles);
    }

    /** Every row on show, whether the filter keeps it or not. */
    public ObservableList<MoleculeRow> rows() {
        return table.allRows();
    }

    /** Values of one descriptor over every row on show (the filter does not apply, so brushing can widen again). */
    public double[] values(Descriptor d) {
        List<MoleculeRow> rows = table.allRows();
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows.get(i).value(d);
        }
        return v;
    }

    /** For each row on show (as {@link #values}), whether the table shows it: the filter, searches and brushes keep it. */
    public boolean[] kept() {
        List<MoleculeRow> rows = table.allRows();
        java.util.Set<MoleculeRow> visible = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        visible.addAll(table.sortedRows());
        boolean[] keep = new boolean[rows.size()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = visible.contains(rows.get(i));
        }
        return keep;
    }

    /** The index (as {@link #values}) of the molecule selected in the table, or -1. */
    public int selectedIndex() {
        MoleculeRow s = table.selectedProperty().get();
        return s == null ? -1 : table.allRows().indexOf(s);
    }

    /** The rows the table shows, which the charts follow. */
    public ObservableList<MoleculeRow> visibleRows() {
        return table.sortedRows();
    }

    public javafx.beans.property.ObjectProperty<MoleculeRow> selectedProperty() {
        return table.selectedProperty();
    }

    /** The brushed range of a descriptor, or null. */
    public double[] brushOf(Descriptor d) {
        return brushes.get(d);
    }

    public double[] scores() {
        List<MoleculeRow> rows = table.allRows();
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows.get(i).filteredOut() ? Double.NaN : rows.get(i).score();
        }
        return v;
    }

    /** The profile's desirability for the descriptor, or null when the profile does not score it. */
    public static DoubleUnaryOperator desirability(Profile profile, Descriptor d) {
        if (profile == null) {
            return null;
        }
        for (WeightedComponent c : profile.components()) {
            if (c.component() instanceof PropertyComponent p && p.descriptor() == d) {
                return c.transform()::apply;
            }
        }
        return null;
    }

    /** Keeps rows whose descriptor lies in [from, to]; NaN bounds clear that descriptor's brush. */
    public void brush(Descriptor d, double from, double to) {
        if (Double.isNaN(from) || Double.isNaN(to)) {
            brushes.remove(d);
        } else {
            brushes.put(d, new double[] {from, to});
        }
        apply();
    }

    public void clearBrushes() {
        brushes.clear();
        apply();
    }

    public boolean brushed() {
        return !brushes.isEmpty();
    }

    private void apply() {
        List<Predicate<MoleculeRow>> parts = new ArrayList<>();
        for (Map.Entry<Descriptor, double[]> e : brushes.entrySet()) {
            Descriptor d = e.getKey();
            double lo = e.getValue()[0];
            double hi = e.getValue()[1];
            parts.add(r -> {
                double v = r.value(d);
                return v >= lo && v <= hi;
            });
        }
        table.brushProperty().set(r -> parts.stream().allMatch(p -> p.test(r)));
    }
}
