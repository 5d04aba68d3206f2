package org.denovo.ui.profile;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.chem.alerts.AlertSets;
import org.denovo.core.score.Aggregation;
import org.denovo.ui.ErrorDialogs;

/** The profile editor window. */
public final class ProfileEditorDialog extends Stage {
    private final ProfileEditorViewModel model;
    private final Function<Descriptor, double[]> valuesOnShow;
    private final ListView<ComponentDraft> componentList = new ListView<>();
    private final GridPane form = new GridPane();
    private final CurveView curve = new CurveView();

    /**
     * @param valuesOnShow the table's values of a property, drawn under the curve
     * @param runOnShow    the run in the table (0 when none), for re-scoring
     * @param onRescored   gets the new run's id
     */
    public ProfileEditorDialog(Window owner, ProfileEditorViewModel model, java.util.List<String> available,
                               String startFrom, Function<Descriptor, double[]> valuesOnShow, long runOnShow,
                               Consumer<Long> onRescored, String stylesheet) {
        this.model = model;
        this.valuesOnShow = valuesOnShow;
        initOwner(owner);
        setTitle("Scoring profile editor");
        ComboBox<String> base = new ComboBox<>();
        base.getItems().setAll(available);
        base.setValue(startFrom);
        base.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.startFrom(b);
                componentList.getSelectionModel().selectFirst();
            }
        });
        TextField name = new TextField();
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setId("profile-name");
        ComboBox<Aggregation> aggregation = new ComboBox<>();
        aggregation.getItems().setAll(Aggregation.values());
        aggregation.valueProperty().bindBidirectional(model.aggregationProperty());
        aggregation.valueProperty().addListener((o, a, b) -> changed());
        TextField description = new TextField();
        description.textProperty().bindBidirectional(model.descriptionProperty());
        HBox top = new HBox(8, new Label("Start from"), base, new Label("Name"), name, new Label("Aggregation"), aggregation);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);

        componentList.setItems(model.components());
        componentList.setPrefSize(260, 240);
        componentList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ComponentDraft c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.summary());
            }
        });
        componentList.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showForm());
        Button add = new Button("Add component");
        add.setOnAction(e -> {
            model.components().add(new ComponentDraft());
            componentList.getSelectionModel().selectLast();
            changed();
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            int i = componentList.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                model.components().remove(i);
                changed();
            }
        });
        VBox left = new VBox(6, new Label("Components"), componentList, new HBox(6, add, remove));
        form.setHgap(6);
        form.setVgap(4);
        VBox right = new VBox(8, form, curve);
        HBox middle = new HBox(12, left, right);

        ListView<FilterDraft> filterList = new ListView<>(model.filters());
        filterList.setPrefHeight(90);
        ComboBox<String> set = new ComboBox<>();
        set.getItems().setAll(AlertSets.PAINS, AlertSets.MCF, AlertSets.DUNDEE, AlertSets.GLAXO, AlertSets.BMS,
                AlertSets.SURECHEMBL, AlertSets.MLSMR, AlertSets.INPHARMATICA, AlertSets.LINT);
        set.setValue(AlertSets.PAINS);
        Spinner<Integer> maxHits = new Spinner<>(0, 20, 0);
        maxHits.setPrefWidth(70);
        Button addAlert = new Button("Add alert filter");
        addAlert.setOnAction(e -> {
            model.filters().add(FilterDraft.alerts(set.getValue(), maxHits.getValue()));
            changed();
        });
        ComboBox<Descriptor> rangeProperty = new ComboBox<>();
        rangeProperty.getItems().setAll(Descriptor.values());
        rangeProperty.setValue(Descriptor.MOL_WEIGHT);
        TextField min = new TextField();
        min.setPromptText("min");
        min.setPrefColumnCount(5);
        TextField max = new TextField();
        max.setPromptText("max");
        max.setPrefColumnCount(5);
        Button addRange = new Button("Add range filter");
        addRange.setOnAction(e -> {
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
        });
        Button removeFilter = new Button("Remove filter");
        removeFilter.setOnAction(e -> {
            int i = filterList.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                model.filters().remove(i);
                changed();
            }
        });
        HBox filterButtons = new HBox(6, new Label("At most"), maxHits, set, addAlert, new Label("or"), rangeProperty,
                min, max, addRange, removeFilter);
        filterButtons.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label status = new Label();
        status.getStyleClass().add("status");
        status.textProperty().bind(model.statusProperty());
        Button save = new Button("Save as new profile");
        save.setId("profile-save");
        save.setOnAction(e -> {
            try {
                model.save();
            } catch (Exception ex) {
                ErrorDialogs.show(this, "The profile was not saved", ex);
            }
        });
        Button rescore = new Button("Save and re-score the run on show");
        rescore.setDisable(runOnShow <= 0);
        rescore.setOnAction(e -> model.rescore(runOnShow, onRescored,
                ex -> ErrorDialogs.show(this, "Re-scoring failed", ex)));
        Button close = new Button("Close");
        close.setOnAction(e -> close());
        HBox buttons = new HBox(8, save, rescore, close);
        VBox root = new VBox(8, top, new HBox(8, new Label("Description"), description), middle,
                new Label("Filters (molecules outside are ranked last)"), filterList, filterButtons, error, status, buttons);
        HBox.setHgrow(description, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 980, 720);
        if (stylesheet != null && !stylesheet.isEmpty()) {
            scene.getStylesheets().add(stylesheet);
        }
        setScene(scene);
        model.startFrom(startFrom);
        componentList.getSelectionModel().selectFirst();
    }

    private void changed() {
        model.validate();
        componentList.refresh();
        redraw();
    }

    private void showForm() {
        form.getChildren().clear();
        ComponentDraft c = componentList.getSelectionModel().getSelectedItem();
        if (c == null) {
            redraw();
            return;
        }
        if (!c.editable()) {
            form.add(new Label("This component is not a property; edit it in the profile's JSON file."), 0, 0);
            redraw();
            return;
        }
        ComboBox<Descriptor> property = new ComboBox<>();
        property.getItems().setAll(Descriptor.values());
        property.valueProperty().bindBidirectional(c.propertyProperty());
        property.valueProperty().addListener((o, a, b) -> changed());
        ComboBox<TransformKind> transform = new ComboBox<>();
        transform.getItems().setAll(TransformKind.values());
        transform.valueProperty().bindBidirectional(c.transformProperty());
        transform.valueProperty().addListener((o, a, b) -> showForm());
        int row = 0;
        form.addRow(row++, new Label("Property"), property);
        form.addRow(row++, new Label("Transform"), transform);
        switch (c.transformProperty().get()) {
            case SIGMOID, REVERSE_SIGMOID -> {
                form.addRow(row++, new Label("Low"), number(c.lowProperty()));
                form.addRow(row++, new Label("High"), number(c.highProperty()));
                form.addRow(row++, new Label("Steepness k"), number(c.kProperty()));
            }
            case DOUBLE_SIGMOID -> {
                form.addRow(row++, new Label("Low"), number(c.lowProperty()));
                form.addRow(row++, new Label("High"), number(c.highProperty()));
                form.addRow(row++, new Label("coef_div"), number(c.coefDivProperty()));
                form.addRow(row++, new Label("coef_si"), number(c.coefSiProperty()));
                form.addRow(row++, new Label("coef_se"), number(c.coefSeProperty()));
            }
            case STEP -> {
                form.addRow(row++, new Label("Low"), number(c.lowProperty()));
                form.addRow(row++, new Label("High"), number(c.highProperty()));
            }
            case LINEAR -> {
                TextField points = new TextField();
                points.textProperty().bindBidirectional(c.pointsProperty());
                points.textProperty().addListener((o, a, b) -> changed());
                points.setPromptText("x:y, x:y, …");
                form.addRow(row++, new Label("Points"), points);
            }
            case IDENTITY -> {
            }
        }
        form.addRow(row, new Label("Weight"), number(c.weightProperty()));
        changed();
    }

    private TextField number(DoubleProperty p) {
        TextField f = new TextField(ComponentDraft.num(p.get()));
        f.setPrefColumnCount(8);
        f.textProperty().addListener((o, a, b) -> {
            try {
                p.set(Double.parseDouble(b.strip()));
                f.setStyle("");
                changed();
            } catch (NumberFormatException e) {
                f.setStyle("-fx-text-box-border: #c62828; -fx-focus-color: #c62828;");
            }
        });
        return f;
    }

    private void redraw() {
        int i = componentList.getSelectionModel().getSelectedIndex();
        ComponentDraft c = componentList.getSelectionModel().getSelectedItem();
        if (c == null || !c.editable()) {
            curve.draw(null, 0, 1, null, "");
            return;
        }
        Descriptor d = c.propertyProperty().get();
        double[] values = valuesOnShow.apply(d);
        double[] range = range(d, values);
        curve.draw(model.transformOf(i), range[0], range[1], values, d.column());
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
