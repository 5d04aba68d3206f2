package org.denovo.ui.library;

import com.actelion.research.chem.StereoMolecule;
import com.actelion.research.gui.editor.FXEditorDialog;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.denovo.core.library.RunSummary;
import org.denovo.ui.TextPrompts;
import org.denovo.ui.WrappableText;
import org.denovo.ui.draw.DrawnMolecules;
import org.denovo.ui.table.MoleculeRow;

/**
 * The library panel ({@code LibraryPanel.fxml}): every run, newest first, opened, renamed, annotated and deleted
 * here, and two or more selected runs compared; starred molecules, the whole library, and library-wide searches by
 * SMARTS, typed or drawn similarity.
 */
public final class LibraryPanel {
    private final LibraryViewModel model;
    private final ObservableValue<MoleculeRow> selectedMolecule;
    @FXML private ListView<RunSummary> runs;
    @FXML private TextField librarySearch;
    @FXML private Label libraryStatus;
    @FXML private javafx.scene.control.Spinner<Double> similarityThreshold;
    private Consumer<List<RunSummary>> onCompare = runs -> { };
    /** The runs selected, by id, kept while the list is refreshed (which clears the list's selection). */
    private final java.util.Set<Long> selectedIds = new java.util.LinkedHashSet<>();
    private boolean refreshing;

    /** @param selectedMolecule the molecule selected in the table: the start of a drawing, the query of "Similar" */
    public LibraryPanel(LibraryViewModel model, ObservableValue<MoleculeRow> selectedMolecule) {
        this.model = model;
        this.selectedMolecule = selectedMolecule;
    }

    @FXML
    private void initialize() {
        // the first of these listeners runs before the list's selection model sees the change, the last after it
        model.runs().addListener((javafx.collections.ListChangeListener<RunSummary>) c -> refreshing = true);
        runs.setItems(model.runs());
        runs.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<RunSummary>) c -> {
            if (!refreshing) {
                selectedIds.clear();
                runs.getSelectionModel().getSelectedItems().forEach(r -> selectedIds.add(r.id()));
            }
        });
        model.runs().addListener((javafx.collections.ListChangeListener<RunSummary>) c -> {
            reselect();
            refreshing = false;
        });
        runs.setPlaceholder(new Label("No runs yet"));
        runs.setCellFactory(l -> new RunCell());
        runs.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runs.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelectedRun();
            }
        });
        runs.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelectedRun();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelectedRun();
            } else if (e.getCode() == KeyCode.F2) {
                renameSelectedRun();
            }
        });
        runs.setContextMenu(new ContextMenu(item("Open", this::openSelectedRun),
                item("Compare selected runs", this::compareSelected), new SeparatorMenuItem(),
                item("Rename…", this::renameSelectedRun), item("Notes…", this::annotateSelectedRun),
                item("Delete…", this::deleteSelectedRun)));
        librarySearch.setOnAction(e -> model.search(librarySearch.getText()));
        similarityThreshold.setValueFactory(new javafx.scene.control.SpinnerValueFactory.DoubleSpinnerValueFactory(
                0.05, 1.0, model.similarityThresholdProperty().get(), 0.05));
        similarityThreshold.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.similarityThresholdProperty().set(now);
            }
        });
        similarityThreshold.setTooltip(new javafx.scene.control.Tooltip(
                "The least ECFP4 similarity of ~SMILES, drawn and Similar in library searches; a change searches again"));
        libraryStatus.textProperty().bind(model.statusProperty());
    }

    /** A run's name over its stats; its notes as tooltip. */
    private static final class RunCell extends ListCell<RunSummary> {
        RunCell() {
            setPrefWidth(0); // as wide as the list, so that name and stats wrap instead of scrolling sideways
        }

        @Override
        protected void updateItem(RunSummary r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label title = new Label(WrappableText.of(r.name()));
            title.getStyleClass().add("run-name");
            title.setWrapText(true);
            Label stats = new Label(LibraryViewModel.describe(r));
            stats.getStyleClass().add("run-stats");
            stats.setWrapText(true);
            setText(null);
            setGraphic(new VBox(1, title, stats));
            setTooltip(new Tooltip(r.notes().isBlank() ? r.name() : r.name() + "\n" + r.notes()));
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Selects again the runs selected before the list changed, where they still are; the focus stays put. */
    private void reselect() {
        List<Long> wanted = List.copyOf(selectedIds);
        if (wanted.isEmpty()) {
            return;
        }
        var selection = runs.getSelectionModel();
        List<Integer> indices = new java.util.ArrayList<>();
        for (int i = 0; i < model.runs().size(); i++) {
            if (wanted.contains(model.runs().get(i).id())) {
                indices.add(i);
            }
        }
        if (indices.size() == selection.getSelectedIndices().size()
                && indices.containsAll(selection.getSelectedIndices())) {
            return;
        }
        selection.clearSelection();
        for (int i : indices) {
            selection.select(i);
        }
    }

    private Optional<RunSummary> selectedRun() {
        return Optional.ofNullable(runs.getSelectionModel().getSelectedItem());
    }

    private void openSelectedRun() {
        selectedRun().ifPresent(r -> model.open(r.id()));
    }

    private void renameSelectedRun() {
        selectedRun().ifPresent(r -> TextPrompts.ask(window(), "Rename run", "New name:", r.name())
                .ifPresent(n -> model.rename(r, n)));
    }

    private void annotateSelectedRun() {
        selectedRun().ifPresent(r -> TextPrompts.ask(window(), "Notes for " + r.name(), "Notes:", r.notes())
                .ifPresent(n -> model.annotate(r, n)));
    }

    private void deleteSelectedRun() {
        selectedRun().ifPresent(r -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, String.format(
                    "Delete run \"%s\" and its %,d molecules? Molecules that other runs also hold are kept.",
                    r.name(), r.molecules()), ButtonType.CANCEL, ButtonType.OK);
            confirm.initOwner(window());
            confirm.setHeaderText("Delete run");
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.delete(r));
        });
    }

    /** What "Compare runs" does with the selected runs (two or more, oldest first): the window opens the view. */
    public void setOnCompare(Consumer<List<RunSummary>> onCompare) {
        this.onCompare = onCompare;
    }

    /** Compares the selected runs; with fewer than two selected, says how to select more. */
    @FXML
    public void compareSelected() {
        List<RunSummary> selected = List.copyOf(runs.getSelectionModel().getSelectedItems());
        LibraryViewModel.whyNotComparable(selected).ifPresentOrElse(reason -> {
            Alert explain = new Alert(Alert.AlertType.INFORMATION, LibraryViewModel.HOW_TO_SELECT_RUNS, ButtonType.OK);
            explain.initOwner(window());
            explain.setTitle("Compare runs");
            explain.setHeaderText(reason);
            explain.show();
        }, () -> onCompare.accept(LibraryViewModel.inComparisonOrder(selected)));
    }

    @FXML
    public void openStarred() {
        model.openStarred();
    }

    @FXML
    public void openAll() {
        model.openAll();
    }

    public void refresh() {
        model.refresh();
    }

    /** Molecules in the library similar to the one selected in the table. */
    public void similarToSelected() {
        MoleculeRow row = selectedMolecule.getValue();
        if (row != null) {
            model.searchSimilar(row, model.similarityThresholdProperty().get());
        }
    }

    /** OpenChemLib's structure editor, starting from the selected molecule; the drawing is searched for by similarity. */
    @FXML
    public void drawQuery() {
        MoleculeRow selected = selectedMolecule.getValue();
        StereoMolecule start = DrawnMolecules.startingFrom(selected == null ? null : selected.smiles());
        FXEditorDialog editor = new FXEditorDialog(window(), start, Modality.WINDOW_MODAL);
        editor.setTitle("Draw a molecule to find similar ones in the library");
        editor.setWidth(760);
        editor.setHeight(560);
        // the sheet's own molecule laid out again at the final size, so it is centred and scaled to the larger sheet
        editor.setOnShown(e -> Platform.runLater(() -> editor.getDrawArea().moleculeChanged()));
        editor.showAndWait();
        if (editor.isCancelled()) {
            return;
        }
        DrawnMolecules.smiles(editor.getDrawArea().getMolecule()).ifPresentOrElse(smiles -> {
            librarySearch.setText("~" + smiles);
            model.search(librarySearch.getText());
        }, () -> model.statusProperty().set("nothing was drawn"));
    }

    private Window window() {
        return runs.getScene() == null ? null : runs.getScene().getWindow();
    }
}
