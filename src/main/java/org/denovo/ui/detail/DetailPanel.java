package org.denovo.ui.detail;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import org.denovo.core.chem.alerts.AlertHit;
import org.denovo.ui.charts.RunChartsView;
import org.denovo.ui.charts.RunChartsViewModel;

/**
 * The detail panel ({@code DetailPanel.fxml}): tabs for the selected molecule's structure with its alerts, its
 * properties ({@link PropertiesPanel}), the overview charts of the rows on show, and 3D (its own panel).
 */
public final class DetailPanel {
    private final DetailViewModel model;
    private final RunChartsViewModel charts;
    private final javafx.scene.Node lineage;
    private Runnable onSimilar = () -> { };
    @FXML private TabPane detailTabs;
    @FXML private Label detailTitle;
    @FXML private Label emptyHint;
    @FXML private javafx.scene.layout.VBox moleculeDetail;
    @FXML private ImageView depiction;
    @FXML private TextField detailSmiles;
    @FXML private Label detailScore;
    @FXML private Label detailNote;
    @FXML private ListView<AlertHit> alerts;
    @FXML private Tab tabOverview;
    @FXML private ScrollPane overviewHolder;
    @FXML private Tab tab3d;
    @FXML private Tab tabLineage;
    @FXML private ScrollPane lineageHolder;

    /** {@code lineage} is the view of the lineage tab. */
    public DetailPanel(DetailViewModel model, RunChartsViewModel charts, javafx.scene.Node lineage) {
        this.model = model;
        this.charts = charts;
        this.lineage = lineage;
    }

    /** What "Similar in library" does. */
    public void setOnSimilar(Runnable action) {
        onSimilar = action;
    }

    @FXML
    private void initialize() {
        detailTitle.textProperty().bind(model.titleProperty());
        // with nothing selected, a hint instead of empty boxes
        moleculeDetail.visibleProperty().bind(model.rowProperty().isNotNull());
        moleculeDetail.managedProperty().bind(moleculeDetail.visibleProperty());
        emptyHint.visibleProperty().bind(model.rowProperty().isNull());
        emptyHint.managedProperty().bind(emptyHint.visibleProperty());
        depiction.imageProperty().bind(model.depictionProperty());
        // the depiction follows the pane's width, never wider than it was rendered
        depiction.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(120, Math.min(DetailViewModel.IMAGE_WIDTH, detailTabs.getWidth() - 40)),
                detailTabs.widthProperty()));
        detailSmiles.textProperty().bind(model.smilesProperty());
        detailScore.textProperty().bind(model.scoreTextProperty());
        detailNote.textProperty().bind(Bindings.concat("Note: ", model.noteProperty()));
        detailNote.visibleProperty().bind(model.noteProperty().isNotEmpty());
        detailNote.managedProperty().bind(detailNote.visibleProperty());
        alerts.setItems(model.alerts());
        alerts.setPlaceholder(new Label("No structural alerts"));
        alerts.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AlertHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.set() + ": " + hit.description());
                setTooltip(empty || hit == null ? null : new Tooltip(hit.key() + " — click to highlight only this alert"));
            }
        });
        alerts.getSelectionModel().selectedItemProperty().addListener((o, was, hit) ->
                model.highlightedAlertProperty().set(hit));
        lineageHolder.setContent(lineage);
        overviewHolder.setContent(new RunChartsView(charts, charts::profile, tabOverview.selectedProperty(), charts.rows()));
        // coordinates are built only while the 3D tab shows
        model.viewer3d().activeProperty().bind(tab3d.selectedProperty());
    }

    @FXML
    private void similar() {
        onSimilar.run();
    }

    /** Shows the lineage tab. */
    public void showLineage() {
        detailTabs.getSelectionModel().select(tabLineage);
    }

    public TabPane tabs() {
        return detailTabs;
    }
}
