package org.denovo.ui.generate;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The generate panel ({@code GeneratePanel.fxml}): the model card, the run's settings, start, cancel, progress. */
public final class GeneratePanel {
    private final GenerateViewModel model;
    @FXML private VBox form;
    @FXML private Label modelSummary;
    @FXML private Spinner<Integer> count;
    @FXML private Spinner<Double> temperature;
    @FXML private TextField seed;
    @FXML private TextField prefix;
    @FXML private ComboBox<String> profile;
    @FXML private Button startButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar generateProgress;
    @FXML private Label generateStatus;

    public GeneratePanel(GenerateViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        modelSummary.textProperty().bind(model.modelCard().briefProperty());
        Tooltip card = new Tooltip(); // the whole training summary; the fidelity table is in Help > About
        card.setWrapText(true);
        card.setMaxWidth(480);
        card.textProperty().bind(model.modelCard().summaryProperty());
        modelSummary.setTooltip(card);
        count.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, GenerateParameters.MAX_COUNT,
                model.parameters().countProperty().get(), 100));
        count.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.parameters().countProperty().set(b);
            }
        });
        model.parameters().countProperty().addListener((o, a, b) -> count.getValueFactory().setValue(b.intValue()));
        commitOnFocusLoss(count);
        temperature.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.1, 5.0,
                model.parameters().temperatureProperty().get(), 0.1));
        temperature.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.parameters().temperatureProperty().set(b);
            }
        });
        model.parameters().temperatureProperty().addListener((o, a, b) -> temperature.getValueFactory().setValue(b.doubleValue()));
        commitOnFocusLoss(temperature);
        seed.textProperty().bindBidirectional(model.parameters().seedProperty());
        prefix.textProperty().bindBidirectional(model.parameters().prefixProperty());
        profile.setItems(model.parameters().profiles());
        profile.valueProperty().bindBidirectional(model.parameters().profileProperty());
        // Enter generates from the panel's own fields only: elsewhere (the filter, a search box) it is theirs
        startButton.defaultButtonProperty().bind(form.focusWithinProperty());
        startButton.disableProperty().bind(model.runningProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        generateStatus.textProperty().bind(model.statusProperty());
        model.taskProperty().addListener((o, was, task) -> {
            generateProgress.progressProperty().unbind();
            if (task != null) {
                generateProgress.progressProperty().bind(task.progressProperty());
                generateStatus.textProperty().unbind();
                generateStatus.textProperty().bind(Bindings.when(task.runningProperty())
                        .then(task.messageProperty()).otherwise(model.statusProperty()));
            }
        });
    }

    private static void commitOnFocusLoss(Spinner<?> spinner) {
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                spinner.increment(0);
            }
        });
    }

    @FXML
    public void start() {
        model.start();
    }

    @FXML
    public void cancel() {
        model.cancel();
    }
}
