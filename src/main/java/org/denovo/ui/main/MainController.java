package org.denovo.ui.main;

import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.SplitPane;
import javafx.stage.FileChooser;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.denovo.core.work.CancelledException;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.export.ExportDialog;
import org.denovo.ui.export.ExportViewModel;
import org.denovo.ui.detail.DetailPanel;
import org.denovo.ui.generate.GeneratePanel;
import org.denovo.ui.help.Manual;
import org.denovo.ui.importing.ImportViewModel;
import org.denovo.ui.optimize.OptimizePanel;
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
    private final OptimizePanel optimize;
    private final DetailPanel detail;
    private final LibraryPanel library;
    private final RunTablePanel runTable;
    @FXML private MenuBar menuBar;
    @FXML private SplitPane split;
    private java.util.function.Consumer<String> openDocument = uri -> { };
    @FXML private TabPane runTabs;
    @FXML private javafx.scene.control.CheckMenuItem compactRows;
    @FXML private Tab optimizeTab;

    public MainController(MainViewModel model, GeneratePanel generate, OptimizePanel optimize, LibraryPanel library,
                          RunTablePanel runTable, DetailPanel detail) {
        this.model = model;
        this.generate = generate;
        this.optimize = optimize;
        this.detail = detail;
        this.library = library;
        this.runTable = runTable;
    }

    @FXML
    private void initialize() {
        compactRows.setSelected(model.settings().compactRows);
        runTable.table().compactProperty().bind(compactRows.selectedProperty());
        compactRows.selectedProperty().addListener((o, was, now) -> model.settings().compactRows = now);
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

    /** Cancels the running generate or optimise run. */
    @FXML private void cancelGenerate() {
        generate.cancel();
        optimize.cancel();
    }

    /** Takes the selected molecule as the lead and shows the optimise panel. */
    @FXML private void optimizeSelected() {
        runTabs.getSelectionModel().select(optimizeTab);
        optimize.fromSelection();
        optimize.focusLead();
    }

    @FXML private void startOptimize() {
        runTabs.getSelectionModel().select(optimizeTab);
        optimize.start();
    }

    @FXML private void showLineage() { detail.showLineage(); }

    @FXML private void copySmiles() { runTable.copySmiles(); }

    @FXML private void copyMolfile() { runTable.copyMolfile(); }

    @FXML private void toggleStar() { runTable.toggleStar(); }

    @FXML private void tag() { runTable.tag(); }

    @FXML private void note() { runTable.note(); }

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

    /** File › Import molecules: SD, SMILES or CSV files into new runs, scored with a profile the user picks. */
    @FXML
    private void importMolecules() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import molecules");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Molecule files", "*.sdf", "*.sd", "*.mol", "*.smi", "*.smiles", "*.csv",
                        "*.sdf.gz", "*.sd.gz", "*.smi.gz", "*.csv.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        java.util.List<java.io.File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            importFiles(files);
        }
    }

    /** Imports files chosen or dropped on the window: asks once how to score them, then imports each as a run. */
    public void importFiles(java.util.List<java.io.File> files) {
        ImportViewModel importing = model.importing();
        java.util.List<java.nio.file.Path> readable = importing.readable(files);
        if (readable.isEmpty()) {
            ErrorDialogs.show(window(), "Nothing to import", new IllegalArgumentException(importing.statusProperty().get()));
            return;
        }
        String profile = model.generate().parameters().profileProperty().get();
        ChoiceDialog<String> how = new ChoiceDialog<>(profile, importing.scoringChoices());
        how.initOwner(window());
        how.setTitle("Import molecules");
        how.setHeaderText(readable.size() == 1 ? "Import " + readable.get(0).getFileName() + " as a new run"
                : "Import " + readable.size() + " files, each as a new run");
        how.setContentText("Score with");
        how.showAndWait().ifPresent(choice -> readable.forEach(file -> importing.importFile(file, choice, model::imported,
                error -> {
                    if (!(error instanceof CancelledException)) {
                        ErrorDialogs.show(window(), "Could not import " + file.getFileName(), error);
                    }
                })));
    }

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

    public void setDocumentOpener(java.util.function.Consumer<String> opener) {
        this.openDocument = opener;
    }

    /** Help › Manual: renders the user guide beside the settings, then opens it in the desktop's browser. */
    @FXML
    private void manual() {
        java.nio.file.Path folder = model.settingsFile().toAbsolutePath().resolveSibling("manual");
        model.runInBackground(() -> Manual.render(folder), page -> {
            openDocument.accept(page.toUri().toString());
            org.slf4j.LoggerFactory.getLogger(MainController.class).info("manual: {}", page);
        }, error -> ErrorDialogs.show(window(), "The manual could not be opened", error));
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
