package org.denovo.ui.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.denovo.core.compare.Overlap;
import org.denovo.core.compare.ScaffoldCount;
import org.denovo.ui.depict.DepictionCache;

/**
 * What the runs share: molecules (canonical SMILES) and Bemis–Murcko scaffolds for every pair of runs, what only one
 * run has, and the scaffolds found by more than one run with their counts per run.
 */
public final class OverlapView extends VBox {
    private static final int SCAFFOLD_WIDTH = 150;
    private static final int SCAFFOLD_HEIGHT = 100;
    private final DepictionCache depictions;
    private final TableView<ScaffoldCount> common = new TableView<>();

    public OverlapView(DepictionCache depictions) {
        this.depictions = depictions;
        setSpacing(8);
        getStyleClass().add("overlap");
        common.setPlaceholder(new Label("No scaffold is found by more than one run"));
        common.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        common.setFixedCellSize(SCAFFOLD_HEIGHT + 8);
    }

    public void show(Overlap o, List<RunKey> keys) {
        VBox molecules = new VBox(4, heading("Shared molecules"),
                matrix(o.sharedMolecules(), o.moleculesOnlyIn(), keys, "molecules in no other run"));
        VBox scaffolds = new VBox(4, heading("Shared scaffolds (Bemis–Murcko)"),
                matrix(o.sharedScaffolds(), o.scaffoldsOnlyIn(), keys, "scaffolds in no other run"));
        HBox matrices = new HBox(32, molecules, scaffolds);
        Label inAll = new Label("In every run: " + Figures.count(o.moleculesInAll()) + " molecules, "
                + Figures.count(o.scaffoldsInAll()) + " scaffolds. A cell counts what both runs hold; the diagonal is"
                + " each run's own count. Leads are left out; molecules without a ring have no scaffold.");
        inAll.setWrapText(true);
        inAll.getStyleClass().add("caption");
        columns(keys);
        common.getItems().setAll(o.commonScaffolds());
        common.setPrefHeight(Math.max(3, o.commonScaffolds().size()) * (SCAFFOLD_HEIGHT + 8) + 34);
        common.setMinHeight(common.getPrefHeight());
        getChildren().setAll(matrices, inAll, heading("Scaffolds found by more than one run"), common);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("subsection");
        return l;
    }

    /** Counts per pair of runs, with a row of what only that run has. */
    private static GridPane matrix(List<List<Integer>> pairs, List<Integer> onlyIn, List<RunKey> keys, String onlyLabel) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("matrix");
        for (int r = 0; r < keys.size(); r++) {
            grid.add(RunSwatch.label(keys.get(r), keys.get(r).label()), r + 1, 0);
            grid.add(RunSwatch.label(keys.get(r), keys.get(r).label()), 0, r + 1);
            for (int c = 0; c < keys.size(); c++) {
                Label count = cell(Figures.count(pairs.get(r).get(c)));
                if (r == c) {
                    count.getStyleClass().add("diagonal");
                }
                grid.add(count, c + 1, r + 1);
            }
        }
        grid.add(new Label(onlyLabel), 0, keys.size() + 1);
        for (int c = 0; c < keys.size(); c++) {
            grid.add(cell(Figures.count(onlyIn.get(c))), c + 1, keys.size() + 1);
        }
        return grid;
    }

    private static Label cell(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("matrix-cell");
        l.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(l, HPos.RIGHT);
        return l;
    }

    private void columns(List<RunKey> keys) {
        TableColumn<ScaffoldCount, String> structure = new TableColumn<>("Scaffold");
        structure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().scaffold()));
        structure.setCellFactory(c -> new StructureCell());
        structure.setPrefWidth(SCAFFOLD_WIDTH + 16);
        structure.setSortable(false);
        structure.getStyleClass().add("scaffold-structure");
        TableColumn<ScaffoldCount, Integer> runs = new TableColumn<>("Runs");
        runs.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().runs()));
        runs.setPrefWidth(60);
        common.getColumns().setAll(List.of(structure, runs));
        for (int r = 0; r < keys.size(); r++) {
            int run = r;
            TableColumn<ScaffoldCount, Integer> count = new TableColumn<>();
            count.setGraphic(RunSwatch.label(keys.get(r), keys.get(r).label()));
            count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().perRun().get(run)));
            count.setPrefWidth(90);
            common.getColumns().add(count);
        }
        TableColumn<ScaffoldCount, String> smiles = new TableColumn<>("SMILES");
        smiles.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().scaffold()));
        smiles.setPrefWidth(420);
        smiles.getStyleClass().add("scaffold-smiles");
        common.getColumns().add(smiles);
    }

    /** The scaffold drawn. */
    private final class StructureCell extends TableCell<ScaffoldCount, String> {
        private final ImageView view = new ImageView();

        StructureCell() {
            view.setFitWidth(SCAFFOLD_WIDTH);
            view.setFitHeight(SCAFFOLD_HEIGHT);
            view.setPreserveRatio(true);
        }

        @Override
        protected void updateItem(String smiles, boolean empty) {
            super.updateItem(smiles, empty);
            if (empty || smiles == null) {
                setGraphic(null);
                return;
            }
            view.setImage(depictions.get(smiles, SCAFFOLD_WIDTH, SCAFFOLD_HEIGHT, List.of(), image -> {
                if (smiles.equals(getItem())) {
                    view.setImage(image);
                }
            }));
            setGraphic(view);
        }
    }
}
