package org.denovo.ui.profile;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.denovo.core.chem.Descriptor;

/** The fields of one profile component: property, transform with its parameters, weight. */
public final class ComponentForm extends GridPane {
    private Runnable onChanged = () -> { };

    /** Called whenever a field changes the component. */
    public void setOnChanged(Runnable listener) {
        onChanged = listener;
    }

    /**
     * Shows the component's fields, the transform's parameters following the transform chosen; returns false
     * when there is nothing to edit here (no component, or one that is not a property).
     */
    public boolean show(ComponentDraft c) {
        getChildren().clear();
        if (c == null) {
            return false;
        }
        if (!c.editable()) {
            add(new Label("This component is not a property; edit it in the profile's JSON file."), 0, 0);
            return false;
        }
        ComboBox<Descriptor> property = new ComboBox<>();
        property.getItems().setAll(Descriptor.values());
        property.valueProperty().bindBidirectional(c.propertyProperty());
        property.valueProperty().addListener((o, a, b) -> onChanged.run());
        ComboBox<TransformKind> transform = new ComboBox<>();
        transform.getItems().setAll(TransformKind.values());
        transform.valueProperty().bindBidirectional(c.transformProperty());
        transform.valueProperty().addListener((o, a, b) -> {
            show(c);
            onChanged.run();
        });
        int row = 0;
        addRow(row++, new Label("Property"), property);
        addRow(row++, new Label("Transform"), transform);
        switch (c.transformProperty().get()) {
            case SIGMOID, REVERSE_SIGMOID -> {
                addRow(row++, new Label("Low"), number(c.lowProperty()));
                addRow(row++, new Label("High"), number(c.highProperty()));
                addRow(row++, new Label("Steepness k"), number(c.kProperty()));
            }
            case DOUBLE_SIGMOID -> {
                addRow(row++, new Label("Low"), number(c.lowProperty()));
                addRow(row++, new Label("High"), number(c.highProperty()));
                addRow(row++, new Label("coef_div"), number(c.coefDivProperty()));
                addRow(row++, new Label("coef_si"), number(c.coefSiProperty()));
                addRow(row++, new Label("coef_se"), number(c.coefSeProperty()));
            }
            case STEP -> {
                addRow(row++, new Label("Low"), number(c.lowProperty()));
                addRow(row++, new Label("High"), number(c.highProperty()));
            }
            case LINEAR -> {
                TextField points = new TextField();
                points.textProperty().bindBidirectional(c.pointsProperty());
                points.textProperty().addListener((o, a, b) -> onChanged.run());
                points.setPromptText("x:y, x:y, …");
                addRow(row++, new Label("Points"), points);
            }
            case IDENTITY -> {
            }
        }
        addRow(row, new Label("Weight"), number(c.weightProperty()));
        return true;
    }

    /** A number field; text that is not a number is marked red and leaves the value as it was. */
    private TextField number(DoubleProperty p) {
        TextField f = new TextField(ComponentDraft.num(p.get()));
        f.setPrefColumnCount(8);
        f.textProperty().addListener((o, a, b) -> {
            try {
                p.set(Double.parseDouble(b.strip()));
                f.setStyle("");
                onChanged.run();
            } catch (NumberFormatException e) {
                f.setStyle("-fx-text-box-border: #c62828; -fx-focus-color: #c62828;");
            }
        });
        return f;
    }
}
