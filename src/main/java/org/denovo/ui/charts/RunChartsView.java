package org.denovo.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.score.Profile;

/** Histograms of QED, SA, MW, logP and TPSA with the profile's windows shaded, and a scatter of any two. */
public final class RunChartsView extends VBox {
    private final RunChartsViewModel model;
    private final List<HistogramView> histograms = new ArrayList<>();
    private final ScatterView scatter = new ScatterView();
    private final ComboBox<Descriptor> xAxis = new ComboBox<>();
    private final ComboBox<Descriptor> yAxis = new ComboBox<>();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(400));
    private final java.util.function.Supplier<Profile> profile;
    private final ObservableBooleanValue showing;
    private boolean stale = true;

    public RunChartsView(RunChartsViewModel model, java.util.function.Supplier<Profile> profile,
                         ObservableBooleanValue showing, javafx.collections.ObservableList<?> rows) {
        this.model = model;
        this.profile = profile;
        this.showing = showing;
        setSpacing(6);
        setPadding(new Insets(8));
        FlowPane grid = new FlowPane(6, 6);
        for (Descriptor d : RunChartsViewModel.HISTOGRAMS) {
            HistogramView h = new HistogramView(label(d));
            h.setOnBrush((from, to) -> model.brush(d, from, to));
            histograms.add(h);
            grid.getChildren().add(h);
        }
        javafx.util.StringConverter<Descriptor> names = new javafx.util.StringConverter<>() {
            @Override
            public String toString(Descriptor d) {
                return d == null ? "" : label(d);
            }

            @Override
            public Descriptor fromString(String s) {
                return null;
            }
        };
        xAxis.setConverter(names);
        yAxis.setConverter(names);
        xAxis.getItems().setAll(Descriptor.values());
        yAxis.getItems().setAll(Descriptor.values());
        xAxis.setValue(Descriptor.MOL_WEIGHT);
        yAxis.setValue(Descriptor.CRIPPEN_LOGP);
        xAxis.valueProperty().addListener((o, a, b) -> refresh());
        yAxis.valueProperty().addListener((o, a, b) -> refresh());
        scatter.setOnBrush((x0, x1, y0, y1) -> {
            model.brush(xAxis.getValue(), x0, x1);
            model.brush(yAxis.getValue(), y0, y1);
        });
        Button clear = new Button("Clear brushes");
        clear.setOnAction(e -> {
            histograms.forEach(HistogramView::clearBrush);
            model.clearBrushes();
            refresh();
        });
        Label hint = new Label("Drag across a chart to filter the table (every chart shows what the table keeps in dark"
                + " blue, the rest light); click to clear. Green: the profile's window. Red: the selected molecule.");
        hint.getStyleClass().add("status");
        hint.setWrapText(true);
        Label scatterLabel = new Label("Scatter, coloured by score:");
        scatterLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox axes = new HBox(6, xAxis, new Label("vs"), yAxis, clear);
        axes.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(hint, grid, scatterLabel, axes, scatter);
        debounce.setOnFinished(e -> refresh());
        rows.addListener((javafx.collections.ListChangeListener<Object>) c -> {
            stale = true;
            if (showing.get()) {
                debounce.playFromStart();
            }
        });
        // the charts follow the table: what it keeps (filter, searches, brushes) and the selected molecule
        javafx.collections.ListChangeListener<Object> followTable = c -> {
            stale = true;
            if (showing.get()) {
                debounce.playFromStart();
            }
        };
        model.visibleRows().addListener(followTable);
        model.selectedProperty().addListener((o, was, now) -> {
            stale = true;
            if (showing.get()) {
                refresh();
            }
        });
        showing.addListener((o, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
    }

    /** Redraws from the rows on show. */
    public void refresh() {
        stale = false;
        Profile p = profile.get();
        boolean[] kept = model.kept();
        for (int i = 0; i < histograms.size(); i++) {
            Descriptor d = RunChartsViewModel.HISTOGRAMS.get(i);
            double[] values = model.values(d);
            Histogram h = Histogram.of(values, RunChartsViewModel.BINS);
            int sel = model.selectedIndex();
            histograms.get(i).setData(h, h.countsOf(values, kept), RunChartsViewModel.desirability(p, d),
                    sel >= 0 ? values[sel] : Double.NaN);
            histograms.get(i).showBrush(model.brushOf(d));
        }
        scatter.setData(model.values(xAxis.getValue()), model.values(yAxis.getValue()), model.scores(),
                label(xAxis.getValue()), label(yAxis.getValue()), kept, model.selectedIndex());
    }

    static String label(Descriptor d) {
        return switch (d) {
            case QED -> "QED";
            case SA_SCORE -> "SA score";
            case MOL_WEIGHT -> "Mol. weight";
            case CRIPPEN_LOGP -> "logP";
            case TPSA -> "TPSA";
            case HBD -> "HBD";
            case HBA -> "HBA";
            case FSP3 -> "Fsp3";
            default -> d.column().replace('_', ' ');
        };
    }
}
