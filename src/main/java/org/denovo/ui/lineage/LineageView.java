package org.denovo.ui.lineage;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.denovo.ui.depict.DepictionCache;
import org.denovo.ui.table.Verdicts;

/**
 * The lineage tab: the path from the lead to the selected molecule, each step drawn with the atoms it changed
 * highlighted, and the profile's components for the lead against the molecule.
 */
public final class LineageView extends VBox {
    static final int IMAGE_WIDTH = 300;
    static final int IMAGE_HEIGHT = 190;
    private final LineageViewModel model;
    private final DepictionCache depictions;
    private final VBox path = new VBox(2);
    private final TableView<ComponentComparison> table = new TableView<>();

    public LineageView(LineageViewModel model, DepictionCache depictions) {
        super(8);
        this.model = model;
        this.depictions = depictions;
        setPadding(new Insets(8));
        getStyleClass().add("lineage");
        Label summary = new Label();
        summary.setWrapText(true);
        summary.getStyleClass().add("section");
        summary.textProperty().bind(model.summaryProperty());
        path.setAlignment(Pos.TOP_LEFT);
        Label why = new Label("Components: lead against this molecule");
        why.getStyleClass().add("subsection");
        why.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.components()));
        why.managedProperty().bind(why.visibleProperty());
        buildTable();
        table.visibleProperty().bind(why.visibleProperty());
        table.managedProperty().bind(why.visibleProperty());
        getChildren().addAll(summary, why, table, path);
        model.steps().addListener((ListChangeListener<LineageStep>) c -> redraw());
    }

    private void buildTable() {
        table.setItems(model.components());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(24);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(model.components()).multiply(24).add(52));
        TableColumn<ComponentComparison, String> name = new TableColumn<>("Component");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name() + "  ×"
                + String.format(Locale.ROOT, "%.1f", c.getValue().weight())));
        fitHeader(name); // the cell reads "qed  ×1.0": the component and its weight in the profile
        name.setPrefWidth(name.getMinWidth());
        TableColumn<ComponentComparison, Number> lead = new TableColumn<>("Lead");
        lead.getColumns().add(number("value", ComponentComparison::leadRaw, "%.2f", false));
        lead.getColumns().add(number("desir.", ComponentComparison::leadDesirability, "%.2f", true));
        TableColumn<ComponentComparison, Number> molecule = new TableColumn<>("This molecule");
        molecule.getColumns().add(number("value", ComponentComparison::raw, "%.2f", false));
        molecule.getColumns().add(number("desir.", ComponentComparison::desirability, "%.2f", true));
        table.getColumns().add(name);
        table.getColumns().add(lead);
        table.getColumns().add(molecule);
        table.getColumns().add(number("Gain", ComponentComparison::gain, "%+.2f", false));
        table.setPlaceholder(new Label(""));
    }

    private static TableColumn<ComponentComparison, Number> number(String title, ToDoubleFunction<ComponentComparison> value,
                                                                String format, boolean verdict) {
        TableColumn<ComponentComparison, Number> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                boolean blank = empty || v == null || Double.isNaN(v.doubleValue());
                setText(blank ? null : String.format(Locale.ROOT, format, v.doubleValue()));
                Verdicts.style(this, blank || !verdict ? "" : Verdicts.of(v.doubleValue()));
            }
        });
        fitHeader(col);
        col.setPrefWidth(Math.max(col.getMinWidth(), 52));
        return col;
    }

    /** A column never narrower than its title, so no header is cut off in a narrow window. */
    private static void fitHeader(TableColumn<?, ?> col) {
        javafx.scene.text.Text title = new javafx.scene.text.Text(col.getText());
        col.setMinWidth(Math.ceil(title.getLayoutBounds().getWidth()) + 14);
    }

    private void redraw() {
        path.getChildren().clear();
        List<LineageStep> steps = List.copyOf(model.steps());
        for (int i = 0; i < steps.size(); i++) {
            LineageStep step = steps.get(i);
            if (i > 0) {
                Label arrow = new Label("↓  changed atoms highlighted");
                arrow.getStyleClass().add("lineage-arrow");
                path.getChildren().add(arrow);
            }
            ImageView view = new ImageView();
            view.setFitWidth(IMAGE_WIDTH);
            view.setFitHeight(IMAGE_HEIGHT);
            view.setPreserveRatio(true);
            List<int[]> marks = step.changedAtoms().length == 0 ? List.of() : List.of(step.changedAtoms());
            Image ready = depictions.get(step.smiles(), IMAGE_WIDTH, IMAGE_HEIGHT, marks, view::setImage);
            if (ready != null) {
                view.setImage(ready);
            }
            Label caption = new Label(step.caption());
            caption.getStyleClass().add("lineage-caption");
            VBox card = new VBox(2, view, caption);
            card.getStyleClass().add("lineage-step");
            path.getChildren().add(card);
        }
    }
}
