package org.denovo.ui.profile;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.denovo.core.chem.Descriptor;

/** The fields of one profile component: what it measures, transform with its parameters, weight. */
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
            add(new Label("This component is a formula; edit it in the profile's JSON file."), 0, 0);
            return false;
        }
        ComboBox<ComponentKind> kind = new ComboBox<>();
        kind.setId("component-kind");
        kind.getItems().setAll(ComponentKind.values());
        kind.setValue(c.kindProperty().get());
        kind.valueProperty().addListener((o, a, b) -> {
            c.kindProperty().set(b);
            if (b == ComponentKind.SUBSTRUCTURE && c.modeProperty().get().isBlank()) {
                c.modeProperty().set("present");
            }
            show(c);
            onChanged.run();
        });
        ComboBox<TransformKind> transform = new ComboBox<>();
        transform.getItems().setAll(TransformKind.values());
        transform.valueProperty().bindBidirectional(c.transformProperty());
        transform.valueProperty().addListener((o, a, b) -> {
            show(c);
            onChanged.run();
        });
        int row = 0;
        addRow(row++, new Label("Measures"), kind);
        switch (c.kindProperty().get()) {
            case PROPERTY -> {
                ComboBox<Descriptor> property = new ComboBox<>();
                property.getItems().setAll(Descriptor.values());
                property.valueProperty().bindBidirectional(c.propertyProperty());
                property.valueProperty().addListener((o, a, b) -> onChanged.run());
                addRow(row++, new Label("Property"), property);
            }
            case SIMILARITY -> {
                addRow(row++, new Label("Reference SMILES"), explained(text(c.referencesProperty(), "CC(=O)Nc1ccc(O)cc1, …"),
                        "references", "ECFP4 Tanimoto to these molecules (separate them with commas); the value is 0 to 1."));
                addRow(row++, new Label("Of several"), choice(c.modeProperty(), "max", "mean"));
            }
            case SUBSTRUCTURE -> {
                addRow(row++, new Label("SMARTS"), explained(text(c.smartsProperty(), "c1ccc2[nH]ccc2c1"), "smarts",
                        "1 when the molecule has it (or, with absent, when it has not), else 0."));
                addRow(row++, new Label("Wanted"), choice(c.modeProperty(), "present", "absent"));
            }
            case ALERTS -> addRow(row++, new Label("Alert sets"), explained(text(c.alertSetsProperty(), "every catalogue"),
                    "alert-sets", "Counted alerts of these sets, separated by commas (PAINS, Glaxo, MCF, Dundee, BMS,"
                            + " SureChEMBL, MLSMR, Inpharmatica, LINT, MOSES_PAINS); blank counts every catalogue. A"
                            + " decreasing transform (e.g. linear 0:1, 1:0.2) makes each alert cost."));
        }
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

    private TextField text(javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(p);
        f.setPromptText(prompt);
        f.setPrefColumnCount(18);
        f.textProperty().addListener((o, a, b) -> onChanged.run());
        return f;
    }

    private ComboBox<String> choice(javafx.beans.property.StringProperty p, String first, String second) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(first, second);
        box.setValue(p.get().isBlank() ? first : p.get());
        p.set(box.getValue());
        box.valueProperty().addListener((o, a, b) -> {
            p.set(b);
            onChanged.run();
        });
        return box;
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
