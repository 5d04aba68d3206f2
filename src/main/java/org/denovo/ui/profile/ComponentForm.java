package org.denovo.ui.profile;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.denovo.core.chem.Descriptor;

/** The fields of one profile component: property, transform with its parameters, weight. */
public final class ComponentForm extends GridPane {
    private static final String WINDOW_EDGES = "The window: molecules with a value between Low and High are the ones "
            + "wanted; the best point inside it scores 1, and at Low and High a molecule is roughly half as desirable.";
    private static final String COEF_DIV = "Scale in which the steepness is counted, usually the upper end of the "
            + "window (500 for a molecular weight of 200-500, 5 for a logP of 0-5). A larger scale gives gentler edges "
            + "on both sides.";
    private static final String COEF_SE = "How sharply molecules below Low lose desirability. They are down to about a "
            + "tenth at coef_div / coef_se below Low: with 500 / 20, at 25 Da under a 200 Da limit. Larger is stricter.";
    private static final String COEF_SI = "How sharply molecules above High lose desirability. They are down to about a "
            + "tenth at coef_div / coef_si above High: with 500 / 20, at 25 Da over a 500 Da limit. Larger is stricter.";
    private Runnable onChanged = () -> { };
    private Runnable refreshHelp = () -> { };

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
        refreshHelp = () -> { };
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
                addRow(row++, new Label("Low"), explained(number(c.lowProperty()), "window-low", WINDOW_EDGES));
                addRow(row++, new Label("High"), explained(number(c.highProperty()), "window-high", WINDOW_EDGES));
                addRow(row++, new Label("coef_div (scale)"), explained(number(c.coefDivProperty()), "coef_div", COEF_DIV));
                addRow(row++, new Label("coef_se (steepness below Low)"),
                        explained(number(c.coefSeProperty()), "coef_se", COEF_SE));
                addRow(row++, new Label("coef_si (steepness above High)"),
                        explained(number(c.coefSiProperty()), "coef_si", COEF_SI));
                Label help = new Label();
                help.setId("window-help");
                help.setWrapText(true);
                help.setMaxWidth(420);
                help.getStyleClass().add("status");
                refreshHelp = () -> help.setText(c.windowHelp());
                refreshHelp.run();
                add(help, 0, row++, 2, 1);
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

    private static TextField explained(TextField field, String id, String help) {
        field.setId(id);
        Tooltip tip = new Tooltip(help);
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        field.setTooltip(tip);
        return field;
    }

    /** A number field; text that is not a number is marked red and leaves the value as it was. */
    private TextField number(DoubleProperty p) {
        TextField f = new TextField(ComponentDraft.num(p.get()));
        f.setPrefColumnCount(8);
        f.textProperty().addListener((o, a, b) -> {
            try {
                p.set(Double.parseDouble(b.strip()));
                f.setStyle("");
                refreshHelp.run();
                onChanged.run();
            } catch (NumberFormatException e) {
                f.setStyle("-fx-text-box-border: #c62828; -fx-focus-color: #c62828;");
            }
        });
        return f;
    }
}
