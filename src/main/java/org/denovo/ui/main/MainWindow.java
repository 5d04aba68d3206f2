package org.denovo.ui.main;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.denovo.core.library.RunSummary;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.compare.ComparisonWindow;
import org.denovo.ui.detail.DetailPanel;
import org.denovo.ui.detail.DetailViewModel;
import org.denovo.ui.detail.PropertiesPanel;
import org.denovo.ui.generate.GeneratePanel;
import org.denovo.ui.generate.GenerateViewModel;
import org.denovo.ui.library.LibraryPanel;
import org.denovo.ui.library.LibraryViewModel;
import org.denovo.ui.lineage.LineageView;
import org.denovo.ui.lineage.LineageViewModel;
import org.denovo.ui.optimize.OptimizePanel;
import org.denovo.ui.optimize.OptimizeViewModel;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTable;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.table.RunTablePanel;
import org.denovo.ui.table.TableWarmUp;
import org.denovo.ui.viewer3d.Structure3DBuilder;
import org.denovo.ui.viewer3d.Viewer3DPanel;

/**
 * The main window, put together in one place: its ViewModels ({@link MainViewModel}), one panel per region
 * (generate, library, run table, detail with properties and 3D, status bar), each with its FXML, loaded into
 * {@code MainView.fxml}, and the panels' commands that reach across to another panel (similar, export, compare).
 */
public final class MainWindow {
    private final WorkbenchServices services;
    private final MainViewModel model;
    private final RunTablePanel runTable;
    private final DetailPanel detail;
    private final OptimizePanel optimize;
    private final MainController frame;
    private final Parent root;

    public MainWindow(WorkbenchServices services, Structure3DBuilder builder3d) throws IOException {
        this.services = services;
        this.model = new MainViewModel(services, builder3d);
        GeneratePanel generate = new GeneratePanel(model.generate());
        LibraryPanel library = new LibraryPanel(model.library(), model.table().selectedProperty());
        runTable = new RunTablePanel(model.table(), model.depictions());
        detail = new DetailPanel(model.detail(), model.charts(), new LineageView(model.lineage(), model.depictions()));
        optimize = new OptimizePanel(model.optimize(), () -> model.table().selectedProperty().get());
        frame = new MainController(model, generate, optimize, library, runTable, detail);
        Map<Class<?>, Object> panels = Map.of(
                MainController.class, frame,
                GeneratePanel.class, generate,
                OptimizePanel.class, optimize,
                LibraryPanel.class, library,
                RunTablePanel.class, runTable,
                DetailPanel.class, detail,
                PropertiesPanel.class, new PropertiesPanel(model.detail()),
                Viewer3DPanel.class, new Viewer3DPanel(model.viewer3d(), this::selectedName),
                StatusBar.class, new StatusBar(model.status()));
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/org/denovo/ui/MainView.fxml"));
        loader.setControllerFactory(type -> {
            Object panel = panels.get(type);
            if (panel == null) {
                throw new IllegalArgumentException("no panel for " + type);
            }
            return panel;
        });
        root = loader.load();
        // molecule files dropped anywhere on the window are imported as new runs
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                java.util.List<java.io.File> dropped = java.util.List.copyOf(e.getDragboard().getFiles());
                javafx.application.Platform.runLater(() -> frame.importFiles(dropped)); // the dialog after the drop ends
            }
            e.setDropCompleted(files);
            e.consume();
        });
        runTable.setOnSimilar(library::similarToSelected);
        runTable.setOnExport(frame::export);
        detail.setOnSimilar(library::similarToSelected);
        library.setOnCompare(this::compare);
        model.start();
    }

    /** Opens a comparison view of the runs beside the main window; it starts comparing at once. */
    private void compare(List<RunSummary> runs) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        new ComparisonWindow(owner, model.comparison(runs), model.depictions(), stylesheet()).show();
    }

    private String selectedName() {
        MoleculeRow row = model.table().selectedProperty().get();
        return row == null ? "" : row.name();
    }

    /** The window's stylesheet, also given to the dialogs it opens. */
    public static String stylesheet() {
        URL css = MainWindow.class.getResource("/org/denovo/ui/workbench.css");
        return css == null ? "" : css.toExternalForm();
    }

    public Parent root() {
        return root;
    }

    /**
     * Runs, before the window is shown, what the first pulses and the first generated rows would otherwise run
     * cold (CSS, layout, a rehearsal of generate batches in the table, a rendering of the whole window into an
     * image), then starts the background warm-ups. Done after showing, each of these froze the window for
     * 150-500 ms in its first seconds.
     * Call it once the root is in its scene; {@code rows} gives {@link TableWarmUp#rows}, asked for after the
     * first layout, so that they can be analysed in the background meanwhile.
     */
    public void warmUpBeforeShow(java.util.function.Supplier<List<MoleculeRow>> rows) {
        long start = System.nanoTime();
        root.applyCss();
        root.layout();
        long laidOut = System.nanoTime();
        List<MoleculeRow> rehearsalRows = rows.get();
        long rowsReady = System.nanoTime();
        TableWarmUp.rehearse(rehearsalRows, runTable.table(), model.table());
        long rehearsed = System.nanoTime();
        root.getScene().snapshot(null); // the first frame's rendering code, run before the first frame
        org.slf4j.LoggerFactory.getLogger(MainWindow.class).debug(
                "before the window was shown: CSS and layout {} ms, waiting for the rehearsal's rows {} ms, table rehearsal {} ms, a first rendering {} ms",
                (laidOut - start) / 1_000_000, (rowsReady - laidOut) / 1_000_000, (rehearsed - rowsReady) / 1_000_000,
                (System.nanoTime() - rehearsed) / 1_000_000);
        model.warmUp();
    }

    /** Saves the layout into the settings before the app closes. */
    public void rememberLayout() {
        frame.rememberLayout();
    }

    // ---- for tests and the benchmarks ----

    public void startGenerate() {
        model.generate().start();
    }

    public MoleculeTableViewModel tableModel() {
        return model.table();
    }

    public GenerateViewModel generateModel() {
        return model.generate();
    }

    public DetailViewModel detailModel() {
        return model.detail();
    }

    public OptimizeViewModel optimizeModel() {
        return model.optimize();
    }

    /** How Help › Manual opens the rendered guide (the desktop's browser, in the app). */
    public void setDocumentOpener(java.util.function.Consumer<String> opener) {
        frame.setDocumentOpener(opener);
    }

    /** What a drop of these files on the window does. */
    public void importFiles(java.util.List<java.io.File> files) {
        frame.importFiles(files);
    }

    public LineageViewModel lineageModel() {
        return model.lineage();
    }

    public LibraryViewModel libraryModel() {
        return model.library();
    }

    public MoleculeTable table() {
        return runTable.table();
    }

    public TabPane detailTabs() {
        return detail.tabs();
    }
}
