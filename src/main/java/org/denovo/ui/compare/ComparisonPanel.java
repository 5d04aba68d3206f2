package org.denovo.ui.compare;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.denovo.core.compare.Distribution;
import org.denovo.core.compare.Measure;
import org.denovo.core.compare.RunComparison;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.depict.DepictionCache;

/**
 * The comparison view ({@code Comparison.fxml}): the runs' legend, the hit threshold and trade-off axis, progress and
 * cancel, and the comparison on show: statistics, charts, top molecules and overlap. Everything it shows comes from
 * its {@link ComparisonViewModel}.
 */
public final class ComparisonPanel {
    private final ComparisonViewModel model;
    private final DepictionCache depictions;
    private final PauseTransition thresholdPause = new PauseTransition(Duration.millis(600));
    private final TopMoleculesView top;
    private final OverlapView overlap;
    @FXML private FlowPane legend;
    @FXML private Spinner<Double> threshold;
    @FXML private ComboBox<TradeOffAxis> axis;
    @FXML private ProgressBar progress;
    @FXML private Label message;
    @FXML private Button cancel;
    @FXML private Button again;
    @FXML private Button save;
    @FXML private TabPane tabs;
    @FXML private StatisticsView statistics;
    @FXML private ComboBox<Measure> measure;
    @FXML private DistributionChart distribution;
    @FXML private Label distributionCaption;
    @FXML private Label tradeOffTitle;
    @FXML private TradeOffChart tradeOff;
    @FXML private ChemicalSpaceChart space;
    @FXML private Label spaceCaption;
    @FXML private VBox roundsCell;
    @FXML private RoundsChart rounds;
    @FXML private Label noRounds;
    @FXML private ScrollPane topScroll;
    @FXML private ScrollPane overlapScroll;

    public ComparisonPanel(ComparisonViewModel model, DepictionCache depictions) {
        this.model = model;
        this.depictions = depictions;
        this.top = new TopMoleculesView(depictions);
        this.overlap = new OverlapView(depictions);
    }

    @FXML
    private void initialize() {
        List<RunKey> keys = model.keys();
        keys.forEach(k -> legend.getChildren().add(RunSwatch.label(k, k.title())));

        threshold.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1,
                model.thresholdProperty().get(), 0.05));
        threshold.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : Figures.number(value, 2);
            }

            @Override
            public Double fromString(String text) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(text.strip().replace(',', '.'))));
                } catch (NumberFormatException e) {
                    return threshold.getValue(); // an unreadable entry keeps the threshold
                }
            }
        });
        threshold.valueProperty().addListener((o, was, now) -> thresholdPause.playFromStart());
        thresholdPause.setOnFinished(e -> model.chooseThreshold(threshold.getValue()));

        axis.setItems(model.axes());
        axis.setOnAction(e -> model.chooseAxis(axis.getValue()));
        model.axisProperty().addListener((o, was, now) -> axis.setValue(now));

        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        progress.progressProperty().bind(model.progressProperty());
        message.textProperty().bind(model.messageProperty());
        model.failedProperty().addListener((o, was, failed) -> {
            if (failed) {
                message.getStyleClass().add("error");
            } else {
                message.getStyleClass().remove("error");
            }
        });
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        again.visibleProperty().bind(model.runningProperty().not().and(model.comparisonProperty().isNull()));
        again.managedProperty().bind(again.visibleProperty());
        save.disableProperty().bind(model.comparisonProperty().isNull().or(model.runningProperty()));

        statistics.columns(keys);
        statistics.setItems(model.statistics());
        statistics.setPlaceholder(new Label("Comparing the runs…"));

        measure.getItems().setAll(Measure.values());
        measure.setConverter(new StringConverter<>() {
            @Override
            public String toString(Measure m) {
                return m == null ? "" : m.label();
            }

            @Override
            public Measure fromString(String s) {
                return null;
            }
        });
        measure.setValue(Measure.SCORE);
        measure.valueProperty().addListener((o, was, now) -> showDistribution(model.comparisonProperty().get()));

        topScroll.setContent(top);
        overlapScroll.setContent(overlap);
        model.comparisonProperty().addListener((o, was, now) -> show(now));
        show(model.comparisonProperty().get());
    }

    private void show(RunComparison c) {
        if (c == null) {
            return;
        }
        List<RunKey> keys = model.keys();
        axis.setValue(model.axisProperty().get()); // new items may have cleared the box
        showDistribution(c);
        tradeOffTitle.setText("Score against " + (c.tradeOff().axis().equals("similarity")
                ? "similarity to the lead" : c.tradeOff().label()));
        tradeOff.show(c.tradeOff(), keys);
        space.show(c.space(), keys);
        int beyond = space.beyondAxes();
        spaceCaption.setText(MapAxes.describe(c.space().components(), 0) + " · "
                + MapAxes.describe(c.space().components(), 1) + " · ✚ each run's centre, ◇ the lead"
                + (beyond > 0 ? " · " + Figures.count(beyond) + " outlying molecule" + (beyond == 1 ? " lies" : "s lie")
                + " beyond the axes" : ""));
        boolean hasRounds = c.hasRounds();
        roundsCell.setVisible(hasRounds);
        noRounds.setVisible(!hasRounds);
        rounds.show(c.runs(), keys);
        top.show(c.runs(), keys);
        overlap.show(c.overlap(), keys);
    }

    private void showDistribution(RunComparison c) {
        if (c == null || measure.getValue() == null) {
            return;
        }
        Distribution d = c.distributions().stream().filter(x -> x.measure() == measure.getValue()).findFirst().orElse(null);
        if (d == null) {
            return;
        }
        distribution.show(d, model.keys());
        List<RunKey> keys = model.keys();
        distributionCaption.setText(java.util.stream.IntStream.range(0, keys.size())
                .mapToObj(r -> keys.get(r).label() + ": mean " + Figures.number(d.runs().get(r).mean(), 2) + ", median "
                        + Figures.number(d.runs().get(r).median(), 2) + " (" + Figures.count(d.runs().get(r).n()) + ")")
                .collect(Collectors.joining(" · ")));
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void compareAgain() {
        model.compare();
    }

    /** Asks where, then writes the comparison on show as the HTML report. */
    @FXML
    private void saveReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save comparison report");
        chooser.setInitialFileName(model.suggestedReportName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML page", "*.html", "*.htm"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.saveReport(file.toPath(), done -> {
                Alert saved = new Alert(Alert.AlertType.INFORMATION, done, ButtonType.OK);
                saved.initOwner(window());
                saved.setHeaderText("Report saved");
                saved.show();
            }, error -> ErrorDialogs.show(window(), "The report could not be saved", error));
        }
    }

    /** The tabs, for tests. */
    public TabPane tabs() {
        return tabs;
    }

    private Window window() {
        return legend.getScene() == null ? null : legend.getScene().getWindow();
    }
}
