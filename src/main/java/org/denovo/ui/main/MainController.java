package org.denovo.ui.main;

import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
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
        ImportFlow.chooseAndImport(window(), model);
    }

    /** Imports files chosen or dropped on the window. */
    public void importFiles(java.util.List<java.io.File> files) {
        ImportFlow.importFiles(window(), model, files);
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
        FilterHelp.show(window());
    }

    @FXML
    private void about() {
        new AboutDialog(window(), model.generate().modelCard().cardProperty().get()).show();
    }

    private Window window() {
        return menuBar.getScene() == null ? null : menuBar.getScene().getWindow();
    }
}
