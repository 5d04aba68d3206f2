package org.denovo.ui.optimize;

import com.actelion.research.chem.StereoMolecule;
import com.actelion.research.gui.editor.FXEditorDialog;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.denovo.ui.draw.DrawnMolecules;
import org.denovo.ui.table.MoleculeRow;

/** The optimise panel ({@code OptimizePanel.fxml}): lead, objective, constraints, budget, start, cancel, rounds. */
public final class OptimizePanel {
    private final OptimizeViewModel model;
    private final Supplier<MoleculeRow> selected;
    private final XYChart.Series<Number, Number> best = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> median = new XYChart.Series<>();
    @FXML private VBox optimizeForm;
    @FXML private TextField leadSmiles;
    @FXML private TextField keepSmarts;
    @FXML private javafx.scene.control.CheckBox keepScaffold;
    @FXML private ComboBox<String> optimizeProfile;
    @FXML private Spinner<Double> minSimilarity;
    @FXML private Spinner<Integer> budget;
    @FXML private TextField optimizeSeed;
    @FXML private Button optimizeStart;
    @FXML private Button optimizeCancel;
    @FXML private ProgressBar optimizeProgress;
    @FXML private Label optimizeStatus;
    @FXML private LineChart<Number, Number> roundChart;
    @FXML private NumberAxis roundAxis;

    /** {@code selected} gives the molecule selected in the table, or null. */
    public OptimizePanel(OptimizeViewModel model, Supplier<MoleculeRow> selected) {
        this.model = model;
        this.selected = selected;
    }

    @FXML
    private void initialize() {
        OptimizeParameters p = model.parameters();
        leadSmiles.textProperty().bindBidirectional(p.leadProperty());
        keepSmarts.textProperty().bindBidirectional(p.keepProperty());
        keepScaffold.selectedProperty().bindBidirectional(p.keepScaffoldProperty());
        keepSmarts.disableProperty().bind(keepScaffold.selectedProperty());
        keepScaffold.setTooltip(new Tooltip("Every reported molecule keeps the lead's Bemis–Murcko scaffold (its rings"
                + " and the chains between them); side chains may change"));
        keepSmarts.setTooltip(new Tooltip("Atoms no proposal may change, as SMARTS; Pick atoms… writes it from atoms you select"
                + " on the lead"));
        optimizeProfile.setItems(p.profiles());
        optimizeProfile.valueProperty().bindBidirectional(p.profileProperty());
        optimizeProfile.setTooltip(new Tooltip("The scoring profile to maximise"));
        minSimilarity.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1,
                p.minSimilarityProperty().get(), 0.05));
        minSimilarity.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                p.minSimilarityProperty().set(b);
            }
        });
        minSimilarity.setTooltip(new Tooltip("Tanimoto (ECFP4) to the lead that every reported molecule reaches"));
        budget.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(10, OptimizeParameters.MAX_BUDGET,
                p.budgetProperty().get(), 100));
        budget.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                p.budgetProperty().set(b);
            }
        });
        p.budgetProperty().addListener((o, a, b) -> budget.getValueFactory().setValue(b.intValue()));
        budget.setTooltip(new Tooltip("Molecules scored for the lead"));
        commitOnFocusLoss(minSimilarity);
        commitOnFocusLoss(budget);
        optimizeSeed.textProperty().bindBidirectional(p.seedProperty());
        optimizeStart.defaultButtonProperty().bind(optimizeForm.focusWithinProperty());
        optimizeStart.disableProperty().bind(model.runningProperty());
        optimizeCancel.disableProperty().bind(model.runningProperty().not());
        optimizeStatus.textProperty().bind(model.statusProperty());
        model.taskProperty().addListener((o, was, task) -> {
            optimizeProgress.progressProperty().unbind();
            if (task != null) {
                optimizeProgress.progressProperty().bind(task.progressProperty());
            }
        });
        best.setName("best");
        median.setName("median of round");
        roundChart.getData().add(best);
        roundChart.getData().add(median);
        roundChart.setLegendSide(javafx.geometry.Side.TOP);
        roundAxis.setAutoRanging(false);
        roundAxis.setLowerBound(0);
        roundAxis.setUpperBound(5);
        roundAxis.setTickUnit(1);
        roundAxis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Integer.toString(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        model.rounds().addListener((ListChangeListener<RoundProgress>) c -> redrawRounds());
        roundChart.visibleProperty().bind(Bindings.isNotEmpty(model.rounds()));
        roundChart.managedProperty().bind(roundChart.visibleProperty());
    }

    private void redrawRounds() {
        int last = model.rounds().isEmpty() ? 1 : model.rounds().get(model.rounds().size() - 1).round();
        roundAxis.setLowerBound(Math.max(0, last > 1 ? 1 : 0));
        roundAxis.setUpperBound(Math.max(2, last));
        roundAxis.setTickUnit(Math.max(1, Math.ceil(last / 8.0)));
        best.getData().clear();
        median.getData().clear();
        for (RoundProgress r : model.rounds()) {
            if (Double.isFinite(r.best())) {
                best.getData().add(new XYChart.Data<>(r.round(), r.best()));
            }
            if (Double.isFinite(r.median())) {
                median.getData().add(new XYChart.Data<>(r.round(), r.median()));
            }
        }
    }

    private static void commitOnFocusLoss(Spinner<?> spinner) {
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                spinner.increment(0);
            }
        });
    }

    @FXML
    public void fromSelection() {
        model.leadFrom(selected.get());
    }

    @FXML
    private void drawLead() {
        FXEditorDialog editor = editor("Draw the lead");
        if (editor != null) {
            DrawnMolecules.smiles(editor.getDrawArea().getMolecule()).ifPresentOrElse(smiles -> {
                model.parameters().leadProperty().set(smiles);
                model.parameters().keepProperty().set("");
            }, () -> model.statusProperty().set("nothing was drawn"));
        }
    }

    /** The lead in the structure editor: the atoms selected there (select tool, or lasso) become the kept SMARTS. */
    @FXML
    private void pickAtoms() {
        FXEditorDialog editor = editor("Select the atoms to keep (selection tool), then OK");
        if (editor == null) {
            return;
        }
        StereoMolecule drawn = editor.getDrawArea().getMolecule();
        var mapped = DrawnMolecules.selectionMapped(drawn);
        if (mapped.isEmpty()) {
            model.statusProperty().set("no atom was selected: use the editor's selection tool on the atoms to keep");
            return;
        }
        model.keepPicked(DrawnMolecules.smiles(drawn).orElse(""), mapped.get());
    }

    /** The structure editor on the lead; null when cancelled. */
    private FXEditorDialog editor(String title) {
        StereoMolecule start = DrawnMolecules.startingFrom(model.parameters().leadProperty().get());
        FXEditorDialog editor = new FXEditorDialog(window(), start, Modality.WINDOW_MODAL);
        editor.setTitle(title);
        editor.setWidth(760);
        editor.setHeight(560);
        editor.setOnShown(e -> Platform.runLater(() -> editor.getDrawArea().moleculeChanged()));
        editor.showAndWait();
        return editor.isCancelled() ? null : editor;
    }

    @FXML
    public void start() {
        model.start();
    }

    @FXML
    public void cancel() {
        model.cancel();
    }

    /** Moves the keyboard focus to the lead field. */
    public void focusLead() {
        leadSmiles.requestFocus();
    }

    private Window window() {
        return optimizeForm.getScene() == null ? null : optimizeForm.getScene().getWindow();
    }
}
