package org.denovo.ui.profile;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.chem.alerts.AlertSets;
import org.denovo.core.score.Aggregation;
import org.denovo.ui.ErrorDialogs;

/**
 * The profile editor's view ({@code ProfileEditor.fxml}): binds the draft's name, aggregation, components and
 * filters to {@link ProfileEditorViewModel}, draws the selected component's curve over the values on show.
 */
public final class ProfileEditorPanel {
    private final ProfileEditorViewModel model;
    private final String startFrom;
    private final Function<Descriptor, double[]> valuesOnShow;
    private final long runOnShow;
    private final Consumer<Long> onRescored;
    @FXML private ComboBox<String> base;
    @FXML private TextField name;
    @FXML private ComboBox<Aggregation> aggregation;
    @FXML private TextField description;
    @FXML private ListView<ComponentDraft> componentList;
    @FXML private Label combination;
    @FXML private ComponentForm form;
    @FXML private CurveView curve;
    @FXML private ListView<FilterDraft> filterList;
    @FXML private Spinner<Integer> maxHits;
    @FXML private ComboBox<String> alertSet;
    @FXML private ComboBox<Descriptor> rangeProperty;
    @FXML private TextField min;
    @FXML private TextField max;
    @FXML private Label error;
    @FXML private Label status;
    @FXML private Button save;
    @FXML private Button rescore;

    /**
     * @param startFrom    the profile the draft starts from
     * @param valuesOnShow the table's values of a property, drawn under the curve
     * @param runOnShow    the run in the table (0 when none), for re-scoring
     * @param onRescored   gets the new run's id
     */
    public ProfileEditorPanel(ProfileEditorViewModel model, String startFrom, Function<Descriptor, double[]> valuesOnShow,
                              long runOnShow, Consumer<Long> onRescored) {
        this.model = model;
        this.startFrom = startFrom;
        this.valuesOnShow = valuesOnShow;
        this.runOnShow = runOnShow;
        this.onRescored = onRescored;
    }

    @FXML
    private void initialize() {
        base.getItems().setAll(model.available());
        base.setValue(startFrom);
        base.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.startFrom(b);
                componentList.getSelectionModel().selectFirst();
            }
        });
        name.setId("profile-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        aggregation.getItems().setAll(Aggregation.values());
        aggregation.valueProperty().bindBidirectional(model.aggregationProperty());
        aggregation.valueProperty().addListener((o, a, b) -> changed());
        description.textProperty().bindBidirectional(model.descriptionProperty());

        componentList.setItems(model.components());
        model.components().addListener((javafx.collections.ListChangeListener<ComponentDraft>) ch ->
                combination.setText(model.combination()));
        combination.setText(model.combination());
        componentList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ComponentDraft c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.summary());
            }
        });
        componentList.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showForm());
        form.setOnChanged(this::changed);

        filterList.setItems(model.filters());
        alertSet.getItems().setAll(AlertSets.PAINS, AlertSets.MCF, AlertSets.DUNDEE, AlertSets.GLAXO, AlertSets.BMS,
                AlertSets.SURECHEMBL, AlertSets.MLSMR, AlertSets.INPHARMATICA, AlertSets.LINT);
        alertSet.setValue(AlertSets.PAINS);
        maxHits.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 20, 0));
        rangeProperty.getItems().setAll(Descriptor.values());
        rangeProperty.setValue(Descriptor.MOL_WEIGHT);

        error.textProperty().bind(model.errorProperty());
        status.textProperty().bind(model.statusProperty());
        save.setId("profile-save");
        rescore.setDisable(runOnShow <= 0);
        model.startFrom(startFrom);
        componentList.getSelectionModel().selectFirst();
    }

    @FXML
    private void addComponent() {
        model.components().add(new ComponentDraft());
        componentList.getSelectionModel().selectLast();
        changed();
    }

    @FXML
    private void removeComponent() {
        int i = componentList.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            model.components().remove(i);
            changed();
        }
    }

    @FXML
    private void addAlertFilter() {
        model.filters().add(FilterDraft.alerts(alertSet.getValue(), maxHits.getValue()));
        changed();
    }

    @FXML
    private void addRangeFilter() {
        try {
            Double lo = min.getText().isBlank() ? null : Double.parseDouble(min.getText().strip());
            Double hi = max.getText().isBlank() ? null : Double.parseDouble(max.getText().strip());
            if (lo == null && hi == null) {
                model.errorProperty().set("a range filter needs a min, a max or both");
                return;
            }
            model.filters().add(FilterDraft.range(rangeProperty.getValue(), lo, hi));
            changed();
        } catch (NumberFormatException ex) {
            model.errorProperty().set("min and max must be numbers");
        }
    }

    @FXML
    private void removeFilter() {
        int i = filterList.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            model.filters().remove(i);
            changed();
        }
    }

    @FXML
    private void save() {
        try {
            model.save();
        } catch (Exception ex) {
            ErrorDialogs.show(window(), "The profile was not saved", ex);
        }
    }

    @FXML
    private void rescore() {
        model.rescore(runOnShow, onRescored, ex -> ErrorDialogs.show(window(), "Re-scoring failed", ex));
    }

    @FXML
    private void close() {
        ((Stage) window()).close();
    }

    private Window window() {
        return name.getScene().getWindow();
    }

    private void changed() {
        model.validate();
        componentList.refresh();
        combination.setText(model.combination());
        redraw();
    }

    private void showForm() {
        if (form.show(componentList.getSelectionModel().getSelectedItem())) {
            changed();
        } else {
            redraw();
        }
    }

    private void redraw() {
        int i = componentList.getSelectionModel().getSelectedIndex();
        ComponentDraft c = componentList.getSelectionModel().getSelectedItem();
        if (c == null || !c.editable()) {
            curve.draw(null, 0, 1, null, "");
            return;
        }
        switch (c.kindProperty().get()) {
            case PROPERTY -> {
                Descriptor d = c.propertyProperty().get();
                double[] values = valuesOnShow.apply(d);
                double[] range = range(d, values);
                curve.draw(model.transformOf(i), range[0], range[1], values, d.column());
            }
            case SIMILARITY -> curve.draw(model.transformOf(i), 0, 1, null, "similarity");
            case SUBSTRUCTURE -> curve.draw(model.transformOf(i), 0, 1, null, "0 absent, 1 present");
            case ALERTS -> curve.draw(model.transformOf(i), 0, 5, null, "alerts");
        }
    }

    /** A sensible x-range: the property's usual span, widened to the data on show. */
    static double[] range(Descriptor d, double[] values) {
        double lo;
        double hi;
        switch (d) {
            case QED, FSP3 -> { lo = 0; hi = 1; }
            case SA_SCORE -> { lo = 1; hi = 10; }
            case MOL_WEIGHT -> { lo = 0; hi = 800; }
            case CRIPPEN_LOGP -> { lo = -3; hi = 8; }
            case TPSA -> { lo = 0; hi = 200; }
            default -> { lo = 0; hi = 12; }
        }
        if (values != null) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[] {lo, hi};
    }
}
