package org.denovo.ui.main;

import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.denovo.core.work.CancelledException;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.export.ExportDialog;
import org.denovo.ui.export.ExportViewModel;
import org.denovo.ui.generate.GeneratePanel;
import org.denovo.ui.library.LibraryPanel;
import org.denovo.ui.profile.ProfileEditorDialog;
import org.denovo.ui.table.RunTablePanel;

/**
 * The main window's frame ({@code MainView.fxml}): the menu bar, which hands each command to its panel, the
 * window-wide dialogs (export, profiles, preferences, help) and the split between the panels.
 */
public final class MainController {
    private final MainViewModel model;
    private final GeneratePanel generate;
    private final LibraryPanel library;
    private final RunTablePanel runTable;
    @FXML private MenuBar menuBar;
    @FXML private SplitPane split;

    public MainController(MainViewModel model, GeneratePanel generate, LibraryPanel library, RunTablePanel runTable) {
        this.model = model;
        this.generate = generate;
        this.library = library;
        this.runTable = runTable;
    }

    @FXML
    private void initialize() {
        double[] d = model.settings().dividers;
        if (d != null && d.length == 2) {
            split.setDividerPositions(d);
        }
    }

    /** Saves the layout (dividers) into the settings before the app closes. */
    public void rememberLayout() {
        model.settings().dividers = split.getDividerPositions();
    }

    // ---- menu commands, each done by its panel ----

    @FXML private void startGenerate() { generate.start(); }

    @FXML private void cancelGenerate() { generate.cancel(); }

    @FXML private void copySmiles() { runTable.copySmiles(); }

    @FXML private void copyMolfile() { runTable.copyMolfile(); }

    @FXML private void toggleStar() { runTable.toggleStar(); }

    @FXML private void tag() { runTable.tag(); }

    @FXML private void focusFilter() { runTable.focusFilter(); }

    @FXML private void focusSearch() { runTable.focusSearch(); }

    @FXML private void openStarred() { library.openStarred(); }

    @FXML private void openAll() { library.openAll(); }

    @FXML private void refreshRuns() { library.refresh(); }

    @FXML private void similar() { library.similarToSelected(); }

    @FXML private void drawQuery() { library.drawQuery(); }

    @FXML private void compareRuns() { library.compareSelected(); }

    /** Closes the window as its close button does, so that every way of quitting saves the window's state. */
    @FXML
    private void quit() {
        Window w = window();
        w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    // ---- window-wide dialogs ----

    /** Asks what to export and where, then writes it in the background and says when it is done. */
    @FXML
    public void export() {
        ExportViewModel export = model.export(runTable.selectedRows());
        new ExportDialog(window(), export).showAndWait().filter(b -> b == ExportDialog.EXPORT).ifPresent(ok -> export.export(
                message -> {
                    Alert done = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
                    done.initOwner(window());
                    done.setHeaderText("Export finished");
                    done.show();
                },
                error -> {
                    if (!(error instanceof CancelledException)) {
                        ErrorDialogs.show(window(), "Export failed", error);
                    }
                }));
    }

    @FXML
    private void editProfiles() {
        ProfileEditorDialog dialog = new ProfileEditorDialog(window(), model.profileEditor(),
                model.generate().parameters().profileProperty().get(), model.charts()::values,
                model.table().runIdProperty().get(), model::rescored, MainWindow.stylesheet());
        dialog.setOnHidden(e -> model.profilesEdited());
        dialog.show();
    }

    @FXML
    private void preferences() {
        new PreferencesDialog(window(), model.settings(), model.settingsFile(), model.libraryFile(),
                model.builtInProfiles()).showAndWait();
    }

    @FXML
    private void filterHelp() {
        Alert help = new Alert(Alert.AlertType.INFORMATION);
        help.initOwner(window());
        help.setHeaderText("Filter syntax");
        Label body = new Label("""
                Clauses joined by commas must all hold:
                  qed > 0.6        mw < 500        200 <= mw <= 500     score >= 0.7
                  no PAINS         has Dundee      no alerts
                  novel            known           starred      #tag      passes
                Anything else matches text in the name or the SMILES.
                Columns: score, qed, sa, mw, logp, tpsa, hbd, hba, rotb, rings, fsp3, alerts, rating, rank.
                The box to the right searches substructures (SMILES or SMARTS, Enter).
                Keys: 0-5 rate the selection, Ctrl+D star it (or click a ☆), Ctrl+T tag, Ctrl+C copy SMILES,
                Ctrl+Shift+C copy molfile, Ctrl+E export, Ctrl+G generate, Ctrl+. cancel.""");
        body.setStyle("-fx-font-family: monospace;");
        help.getDialogPane().setContent(body);
        help.show();
    }

    @FXML
    private void about() {
        new AboutDialog(window(), model.generate().modelCard().cardProperty().get()).show();
    }

    private Window window() {
        return menuBar.getScene() == null ? null : menuBar.getScene().getWindow();
    }
}
