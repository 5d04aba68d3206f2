package org.denovo.ui.detail;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.denovo.core.chem.RuleVerdict;
import org.denovo.ui.table.Verdicts;
import org.denovo.core.score.ComponentScore;

/**
 * The detail's Properties tab ({@code PropertiesPanel.fxml}): every property with its verdict, the rules of thumb,
 * and the profile's components as bars.
 * <p>
 * It relabels the nodes it already has and only adds nodes when a molecule needs more lines than any before; spare
 * lines are hidden. New nodes cost a CSS pass each, and selection changes with every batch.
 */
public final class PropertiesPanel {
    private final DetailViewModel model;
    @FXML private GridPane propertyGrid;
    @FXML private VBox rules;
    @FXML private VBox components;

    public PropertiesPanel(DetailViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        model.properties().addListener((ListChangeListener<PropertyLine>) c -> fillProperties());
        model.rules().addListener((ListChangeListener<RuleVerdict>) c -> fillRules());
        model.components().addListener((ListChangeListener<ComponentScore>) c -> fillComponents());
    }

    private void fillProperties() {
        List<PropertyLine> lines = model.properties();
        for (int row = propertyGrid.getChildren().size() / 2; row < lines.size(); row++) {
            Label value = new Label();
            value.getStyleClass().add("value");
            propertyGrid.addRow(row, new Label(), value);
        }
        for (int row = 0; row < propertyGrid.getChildren().size() / 2; row++) {
            Label name = (Label) propertyGrid.getChildren().get(2 * row);
            Label value = (Label) propertyGrid.getChildren().get(2 * row + 1);
            boolean used = row < lines.size();
            show(name, used);
            show(value, used);
            if (!used) {
                continue;
            }
            PropertyLine line = lines.get(row);
            name.setText(line.label());
            value.setText(line.value());
            Verdicts.style(value, line.verdict());
            if (line.verdict().isEmpty() || line.note().isEmpty()) {
                value.setTooltip(null);
            } else {
                if (!(value.getUserData() instanceof Tooltip)) {
                    value.setUserData(new Tooltip()); // kept for the next molecule: a tooltip is a popup window
                }
                Tooltip note = (Tooltip) value.getUserData();
                note.setText(line.note());
                value.setTooltip(note);
            }
        }
    }

    private void fillRules() {
        List<RuleVerdict> verdicts = model.rules();
        while (rules.getChildren().size() < verdicts.size()) {
            Label l = new Label();
            l.setWrapText(true);
            rules.getChildren().add(l);
        }
        for (int i = 0; i < rules.getChildren().size(); i++) {
            Label l = (Label) rules.getChildren().get(i);
            show(l, i < verdicts.size());
            if (i < verdicts.size()) {
                RuleVerdict v = verdicts.get(i);
                l.setText((v.pass() ? "✔ " : "✘ ") + v.rule() + " — " + v.detail());
                Verdicts.style(l, v.pass() ? "pass" : "fail");
            }
        }
    }

    private void fillComponents() {
        List<ComponentScore> scores = model.components();
        while (components.getChildren().size() < scores.size()) {
            Label name = new Label();
            name.setMinWidth(110);
            Rectangle bar = new Rectangle(0, 12);
            bar.getStyleClass().add("bar");
            StackPane track = new StackPane(bar);
            track.getStyleClass().add("bar-track");
            track.setAlignment(Pos.CENTER_LEFT);
            track.setMinWidth(162);
            track.setMaxWidth(162);
            HBox line = new HBox(8, name, track, new Label());
            line.setAlignment(Pos.CENTER_LEFT);
            components.getChildren().add(line);
        }
        for (int i = 0; i < components.getChildren().size(); i++) {
            HBox line = (HBox) components.getChildren().get(i);
            show(line, i < scores.size());
            if (i >= scores.size()) {
                continue;
            }
            ComponentScore c = scores.get(i);
            ((Label) line.getChildren().get(0)).setText(c.name());
            Rectangle bar = (Rectangle) ((StackPane) line.getChildren().get(1)).getChildren().get(0);
            double w = Double.isNaN(c.score()) ? 0 : Math.max(0, Math.min(1, c.score()));
            bar.setWidth(160 * w);
            Verdicts.style(bar, Verdicts.of(c));
            ((Label) line.getChildren().get(2)).setText(String.format(Locale.ROOT, "%.2f (raw %s, weight %.1f)",
                    c.score(), Double.isNaN(c.raw()) ? "n/a" : String.format(Locale.ROOT, "%.2f", c.raw()), c.weight()));
        }
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
