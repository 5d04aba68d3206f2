package org.denovo.ui.table;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.TextPrompts;
import org.denovo.ui.depict.DepictionCache;

/**
 * The run table panel ({@code RunTablePanel.fxml}): the molecules on show with their title and counts, the filter
 * and substructure boxes; rating, starring, tagging and copying the selection.
 */
public final class RunTablePanel {
    private final MoleculeTableViewModel model;
    private final DepictionCache depictions;
    private MoleculeTable table;
    private Runnable onSimilar = () -> { };
    private Runnable onExport = () -> { };
    @FXML private Label tableTitle;
    @FXML private Label counts;
    @FXML private TextField filter;
    @FXML private TextField search;
    @FXML private Label filterError;
    @FXML private StackPane tableHolder;

    public RunTablePanel(MoleculeTableViewModel model, DepictionCache depictions) {
        this.model = model;
        this.depictions = depictions;
    }

    /** What "Similar in library" in the table's context menu does. */
    public void setOnSimilar(Runnable action) {
        onSimilar = action;
    }

    /** What "Export…" (button and context menu) does. */
    public void setOnExport(Runnable action) {
        onExport = action;
    }

    @FXML
    private void initialize() {
        table = new MoleculeTable(model, depictions);
        tableHolder.getChildren().add(table);
        tableTitle.textProperty().bind(model.titleProperty());
        counts.textProperty().bind(Bindings.createStringBinding(() -> model.countsProperty().get()
                + (model.mixNoteProperty().get().isEmpty() ? "" : " · " + model.mixNoteProperty().get())
                + (model.searchStatusProperty().get().isEmpty() ? "" : " · " + model.searchStatusProperty().get()),
                model.countsProperty(), model.searchStatusProperty(), model.mixNoteProperty()));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        filterError.textProperty().bind(model.filterErrorProperty());
        filterError.visibleProperty().bind(model.filterErrorProperty().isNotEmpty());
        filterError.managedProperty().bind(filterError.visibleProperty());
        filter.setTooltip(new Tooltip("qed > 0.6, 200 <= mw <= 500, no PAINS, has Dundee, novel, starred, #tag, "
                + "or text in the name or SMILES. Clauses are joined by commas."));
        search.setOnAction(e -> model.search(search.getText()));
        search.textProperty().addListener((o, was, now) -> {
            if (now.isBlank()) {
                model.search("");
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode().isDigitKey()) {
                int rating = e.getText().isEmpty() ? -1 : Character.digit(e.getText().charAt(0), 10);
                if (rating >= 0 && rating <= 5) {
                    model.rate(table.selectedRows(), rating);
                    e.consume();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        table.setContextMenu(new ContextMenu(
                item("Copy SMILES", this::copySmiles), item("Copy molfile", this::copyMolfile),
                item("Star", this::toggleStar), item("Tag…", this::tag), item("Note…", this::note),
                item("Similar in library", () -> onSimilar.run()), item("Export…", this::export)));
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    public void copySmiles() {
        List<MoleculeRow> rows = table.selectedRows();
        if (!rows.isEmpty()) {
            toClipboard(MoleculeTableViewModel.smilesText(rows));
        }
    }

    public void copyMolfile() {
        List<MoleculeRow> rows = table.selectedRows();
        if (!rows.isEmpty()) {
            model.molfiles(rows, RunTablePanel::toClipboard, e -> ErrorDialogs.show(window(), "Could not make the molfile", e));
        }
    }

    private static void toClipboard(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    public void toggleStar() {
        model.toggleStar(table.selectedRows());
    }

    public void tag() {
        List<MoleculeRow> rows = table.selectedRows();
        if (!rows.isEmpty()) {
            TextPrompts.ask(window(), "Tag " + rows.size() + " molecule" + (rows.size() > 1 ? "s" : ""),
                    "Tag (added, or removed when all already have it):", "").ifPresent(t -> model.toggleTag(rows, t));
        }
    }

    /** Edits the note of the selected molecule (the first, when several are selected). */
    public void note() {
        List<MoleculeRow> rows = table.selectedRows();
        if (!rows.isEmpty()) {
            MoleculeRow row = rows.get(0);
            TextPrompts.ask(window(), "Note on " + (row.name().isBlank() ? "the molecule" : row.name()),
                    "Note (empty clears it):", row.notes()).ifPresent(t -> model.note(row, t));
        }
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    public void export() {
        onExport.run();
    }

    /** The molecules selected in the table, in table order. */
    public List<MoleculeRow> selectedRows() {
        return table.selectedRows();
    }

    public MoleculeTable table() {
        return table;
    }

    private Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }
}
