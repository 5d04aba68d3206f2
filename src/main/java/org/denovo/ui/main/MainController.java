package org.denovo.ui.main;

import com.actelion.research.chem.StereoMolecule;
import com.actelion.research.gui.editor.FXEditorDialog;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.denovo.core.chem.RuleVerdict;
import org.denovo.core.chem.alerts.AlertHit;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunStatus;
import org.denovo.core.library.RunSummary;
import org.denovo.core.score.ComponentScore;
import org.denovo.core.work.CancelledException;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.charts.RunChartsView;
import org.denovo.ui.charts.RunChartsViewModel;
import org.denovo.ui.depict.DepictionCache;
import org.denovo.ui.detail.DetailViewModel;
import org.denovo.ui.detail.PropertyLine;
import org.denovo.ui.table.Verdicts;
import org.denovo.ui.draw.DrawnMolecules;
import org.denovo.ui.export.ExportDialog;
import org.denovo.ui.export.ExportViewModel;
import org.denovo.ui.generate.GenerateViewModel;
import org.denovo.ui.library.LibraryViewModel;
import org.denovo.ui.profile.ProfileEditorDialog;
import org.denovo.ui.profile.ProfileEditorViewModel;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTable;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.table.TableWarmUp;
import org.denovo.ui.task.BackgroundTask;
import org.denovo.ui.viewer3d.DisplayStyle;
import org.denovo.ui.viewer3d.Structure3DBuilder;
import org.denovo.ui.viewer3d.Viewer3DView;
import org.denovo.ui.viewer3d.Viewer3DViewModel;

/** The main window's view: binds the FXML controls to the ViewModels and turns gestures into their calls. */
public final class MainController {
    private final WorkbenchServices services;
    private final DepictionCache depictions;
    private final MoleculeTableViewModel tableModel;
    private final GenerateViewModel generateModel;
    private final LibraryViewModel libraryModel;
    private final DetailViewModel detailModel;
    private final Viewer3DViewModel viewerModel;
    private MoleculeTable table;
    private Viewer3DView viewer;

    @FXML private MenuBar menuBar;
    @FXML private SplitPane split;
    @FXML private Label modelSummary;
    @FXML private Spinner<Integer> count;
    @FXML private Spinner<Double> temperature;
    @FXML private TextField seed;
    @FXML private ComboBox<String> profile;
    @FXML private Button startButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar generateProgress;
    @FXML private Label generateStatus;
    @FXML private ListView<RunSummary> runs;
    @FXML private TextField librarySearch;
    @FXML private Label libraryStatus;
    @FXML private Label tableTitle;
    @FXML private Label counts;
    @FXML private TextField filter;
    @FXML private TextField search;
    @FXML private Label filterError;
    @FXML private StackPane tableHolder;
    @FXML private TabPane detailTabs;
    @FXML private Label detailTitle;
    @FXML private ImageView depiction;
    @FXML private TextField detailSmiles;
    @FXML private Label detailScore;
    @FXML private ListView<AlertHit> alerts;
    @FXML private GridPane propertyGrid;
    @FXML private VBox rules;
    @FXML private VBox components;
    @FXML private Tab tab3d;
    @FXML private Tab tabOverview;
    @FXML private javafx.scene.control.ScrollPane overviewHolder;
    @FXML private ComboBox<DisplayStyle> style3d;
    @FXML private CheckBox hydrogens3d;
    @FXML private StackPane viewerHolder;
    @FXML private Label status3d;
    @FXML private Label libraryPath;
    @FXML private HBox tasks;

    public MainController(WorkbenchServices services, Structure3DBuilder builder3d) {
        this.services = services;
        this.depictions = new DepictionCache(services.runner());
        this.tableModel = new MoleculeTableViewModel(services.runner(), services.library());
        this.generateModel = new GenerateViewModel(services, tableModel);
        this.libraryModel = new LibraryViewModel(services.runner(), services.library(), tableModel);
        this.viewerModel = new Viewer3DViewModel(services.runner(), builder3d);
        this.detailModel = new DetailViewModel(depictions, viewerModel);
    }

    @FXML
    private void initialize() {
        bindGenerate();
        bindTable();
        bindDetail();
        bindLibrary();
        bindTasks();
        bindCharts();
        libraryPath.setText("Library: " + services.library().file());
        double[] d = services.settings().dividers;
        if (d != null && d.length == 2) {
            split.setDividerPositions(d);
        }
        generateModel.loadModel();
        libraryModel.refresh();
        long last = services.settings().lastRunId;
        if (last > 0) {
            services.runner().quietly(() -> services.library().run(last), run -> run.ifPresent(r -> libraryModel.open(r.id())),
                    e -> { });
        }
    }

    private void bindGenerate() {
        modelSummary.textProperty().bind(generateModel.modelSummaryProperty());
        Tooltip card = new Tooltip(); // the whole card when the panel is too narrow for it
        card.setWrapText(true);
        card.setMaxWidth(480);
        card.textProperty().bind(generateModel.modelSummaryProperty());
        modelSummary.setTooltip(card);
        count.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, GenerateViewModel.MAX_COUNT,
                generateModel.countProperty().get(), 100));
        count.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                generateModel.countProperty().set(b);
            }
        });
        generateModel.countProperty().addListener((o, a, b) -> count.getValueFactory().setValue(b.intValue()));
        commitOnFocusLoss(count);
        temperature.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.1, 5.0,
                generateModel.temperatureProperty().get(), 0.1));
        temperature.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                generateModel.temperatureProperty().set(b);
            }
        });
        generateModel.temperatureProperty().addListener((o, a, b) -> temperature.getValueFactory().setValue(b.doubleValue()));
        commitOnFocusLoss(temperature);
        seed.textProperty().bindBidirectional(generateModel.seedProperty());
        profile.setItems(generateModel.profiles());
        profile.valueProperty().bindBidirectional(generateModel.profileProperty());
        startButton.disableProperty().bind(generateModel.runningProperty());
        cancelButton.disableProperty().bind(generateModel.runningProperty().not());
        generateStatus.textProperty().bind(generateModel.statusProperty());
        generateModel.taskProperty().addListener((o, was, task) -> {
            generateProgress.progressProperty().unbind();
            if (task != null) {
                generateProgress.progressProperty().bind(task.progressProperty());
                generateStatus.textProperty().unbind();
                generateStatus.textProperty().bind(Bindings.when(task.runningProperty())
                        .then(task.messageProperty()).otherwise(generateModel.statusProperty()));
            }
        });
        generateModel.setOnRunStored(id -> {
            services.settings().lastRunId = id;
            libraryModel.refresh();
        });
        generateModel.setOnRunGrew(libraryModel::moleculesAdded);
    }

    private static void commitOnFocusLoss(Spinner<?> spinner) {
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                spinner.increment(0);
            }
        });
    }

    private void bindTable() {
        table = new MoleculeTable(tableModel, depictions);
        tableModel.rankedProperty().addListener((o, was, now) -> table.sortByRankUnlessSorted());
        tableHolder.getChildren().add(table);
        tableTitle.textProperty().bind(tableModel.titleProperty());
        counts.textProperty().bind(Bindings.createStringBinding(() -> tableModel.countsProperty().get()
                + (tableModel.searchStatusProperty().get().isEmpty() ? "" : " · " + tableModel.searchStatusProperty().get()),
                tableModel.countsProperty(), tableModel.searchStatusProperty()));
        filter.textProperty().bindBidirectional(tableModel.filterTextProperty());
        filterError.textProperty().bind(tableModel.filterErrorProperty());
        filterError.visibleProperty().bind(tableModel.filterErrorProperty().isNotEmpty());
        filterError.managedProperty().bind(filterError.visibleProperty());
        filter.setTooltip(new Tooltip("qed > 0.6, 200 <= mw <= 500, no PAINS, has Dundee, novel, starred, #tag, "
                + "or text in the name or SMILES. Clauses are joined by commas."));
        search.setOnAction(e -> tableModel.search(search.getText()));
        search.textProperty().addListener((o, was, now) -> {
            if (now.isBlank()) {
                tableModel.search("");
            }
        });
        tableModel.selectedProperty().addListener((o, was, row) -> detailModel.show(row));
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode().isDigitKey()) {
                int stars = e.getText().isEmpty() ? -1 : Character.digit(e.getText().charAt(0), 10);
                if (stars >= 0 && stars <= 5) {
                    tableModel.star(table.selectedRows(), stars);
                    e.consume();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        ContextMenu menu = new ContextMenu(
                item("Copy SMILES", this::copySmiles), item("Copy molfile", this::copyMolfile),
                item("Star", this::toggleStar), item("Tag…", this::tag),
                item("Similar in library", this::similar), item("Export…", this::export));
        table.setContextMenu(menu);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private void bindDetail() {
        detailTitle.textProperty().bind(detailModel.titleProperty());
        depiction.imageProperty().bind(detailModel.depictionProperty());
        // the depiction follows the pane's width, never wider than it was rendered
        depiction.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(120, Math.min(DetailViewModel.IMAGE_WIDTH, detailTabs.getWidth() - 40)),
                detailTabs.widthProperty()));
        detailSmiles.textProperty().bind(detailModel.smilesProperty());
        detailScore.textProperty().bind(detailModel.scoreTextProperty());
        alerts.setItems(detailModel.alerts());
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
                detailModel.highlightedAlertProperty().set(hit));
        detailModel.properties().addListener((javafx.collections.ListChangeListener<PropertyLine>) c -> fillProperties());
        detailModel.rules().addListener((javafx.collections.ListChangeListener<RuleVerdict>) c -> fillRules());
        detailModel.components().addListener((javafx.collections.ListChangeListener<ComponentScore>) c -> fillComponents());

        style3d.getItems().setAll(DisplayStyle.values());
        style3d.valueProperty().bindBidirectional(viewerModel.styleProperty());
        hydrogens3d.selectedProperty().bindBidirectional(viewerModel.hydrogensProperty());
        status3d.textProperty().bind(viewerModel.statusProperty());
        viewerModel.activeProperty().bind(tab3d.selectedProperty());
        viewer = new Viewer3DView(viewerModel);
        viewerHolder.getChildren().add(viewer);
    }

    /** Prepares, while the app is idle after start, what the first generated rows would otherwise build cold. */
    public void warmUp() {
        warmUp(() -> { });
    }

    /** Loads and runs cold code while the app is idle after start; {@code whenDone} runs on the FX thread after. */
    public void warmUp(Runnable whenDone) {
        TableWarmUp.start(services.runner(), services.profiles(), table, tableModel, whenDone);
        viewerModel.warmUp();
        services.runner().quietly(MainController::linkRunSummaryMethods, ignored -> { }, error -> { });
    }

    /**
     * A record's equals and hashCode are linked on their first call (tens of ms spinning method handles); the
     * runs list first compares {@link RunSummary} items on the FX thread when a generate run appears.
     */
    private static Boolean linkRunSummaryMethods() {
        RunSummary run = new RunSummary(0, RunKind.GENERATE, "", RunStatus.RUNNING, 0, null, 0, "", "", "", null,
                null, "", null, null, null);
        return run.equals(run.withMolecules(1)) || run.hashCode() == 0;
    }

    /*
     * The detail pane relabels the nodes it already has and only adds nodes when a molecule needs more lines than
     * any before; spare lines are hidden. New nodes cost a CSS pass each, and selection changes with every batch.
     */
    private void fillProperties() {
        List<PropertyLine> lines = detailModel.properties();
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
        List<RuleVerdict> verdicts = detailModel.rules();
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
        List<ComponentScore> scores = detailModel.components();
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

    private void bindCharts() {
        RunChartsViewModel charts = new RunChartsViewModel(tableModel);
        java.util.Map<String, org.denovo.core.score.Profile> profiles = new java.util.HashMap<>();
        RunChartsView view = new RunChartsView(charts, () -> profiles.computeIfAbsent(generateModel.profileProperty().get(),
                name -> {
                    try {
                        return services.profiles().load(name);
                    } catch (Exception e) {
                        return null;
                    }
                }), tabOverview.selectedProperty(), tableModel.allRows());
        overviewHolder.setContent(view);
        tableModel.titleProperty().addListener((o, was, now) -> charts.clearBrushes());
    }

    private void bindLibrary() {
        runs.setItems(libraryModel.runs());
        runs.setPlaceholder(new Label("No runs yet"));
        runs.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RunSummary r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label title = new Label(r.name());
                title.getStyleClass().add("run-name");
                Label stats = new Label(LibraryViewModel.describe(r));
                stats.getStyleClass().add("run-stats");
                stats.setWrapText(true);
                VBox box = new VBox(1, title, stats);
                setText(null);
                setGraphic(box);
                setTooltip(r.notes().isBlank() ? null : new Tooltip(r.notes()));
            }
        });
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
        runs.setContextMenu(new ContextMenu(item("Open", this::openSelectedRun), item("Rename…", this::renameSelectedRun),
                item("Notes…", this::annotateSelectedRun), item("Delete…", this::deleteSelectedRun)));
        librarySearch.setOnAction(e -> libraryModel.search(librarySearch.getText()));
        libraryStatus.textProperty().bind(libraryModel.statusProperty());
    }

    private Optional<RunSummary> selectedRun() {
        return Optional.ofNullable(runs.getSelectionModel().getSelectedItem());
    }

    private void openSelectedRun() {
        selectedRun().ifPresent(r -> {
            services.settings().lastRunId = r.id();
            libraryModel.open(r.id());
        });
    }

    private void renameSelectedRun() {
        selectedRun().ifPresent(r -> ask("Rename run", "New name:", r.name()).ifPresent(n -> libraryModel.rename(r, n)));
    }

    private void annotateSelectedRun() {
        selectedRun().ifPresent(r -> ask("Notes for " + r.name(), "Notes:", r.notes()).ifPresent(n -> libraryModel.annotate(r, n)));
    }

    private void deleteSelectedRun() {
        selectedRun().ifPresent(r -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, String.format(
                    "Delete run \"%s\" and its %,d molecules? Molecules that other runs also hold are kept.",
                    r.name(), r.molecules()), ButtonType.CANCEL, ButtonType.OK);
            confirm.initOwner(window());
            confirm.setHeaderText("Delete run");
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> libraryModel.delete(r));
        });
    }

    private Optional<String> ask(String title, String label, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(window());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(label);
        return d.showAndWait();
    }

    private void bindTasks() {
        services.runner().running().addListener((javafx.collections.ListChangeListener<BackgroundTask>) c -> {
            tasks.getChildren().clear();
            for (BackgroundTask t : services.runner().running()) {
                Label title = new Label(t.title());
                ProgressBar bar = new ProgressBar();
                bar.setPrefWidth(160);
                bar.progressProperty().bind(t.progressProperty());
                Label message = new Label();
                message.textProperty().bind(t.messageProperty());
                message.getStyleClass().add("status");
                Button cancel = new Button("✕");
                cancel.setTooltip(new Tooltip("Cancel " + t.title()));
                cancel.setOnAction(e -> t.cancel());
                HBox box = new HBox(6, title, bar, message, cancel);
                box.setAlignment(Pos.CENTER_LEFT);
                tasks.getChildren().add(box);
            }
        });
    }

    // ---- menu and button actions ----

    @FXML
    public void startGenerate() {
        generateModel.start();
    }

    @FXML
    public void cancelGenerate() {
        generateModel.cancel();
    }

    @FXML
    private void copySmiles() {
        List<MoleculeRow> rows = table.selectedRows();
        if (!rows.isEmpty()) {
            ClipboardContent c = new ClipboardContent();
            c.putString(MoleculeTableViewModel.smilesText(rows));
            Clipboard.getSystemClipboard().setContent(c);
        }
    }

    @FXML
    private void copyMolfile() {
        List<MoleculeRow> rows = table.selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        services.runner().quietly(() -> MoleculeTableViewModel.molfileText(rows), text -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        }, e -> ErrorDialogs.show(window(), "Could not make the molfile", e));
    }

    @FXML
    private void toggleStar() {
        List<MoleculeRow> rows = table.selectedRows();
        boolean allStarred = !rows.isEmpty() && rows.stream().allMatch(r -> r.starProperty().get() > 0);
        tableModel.star(rows, allStarred ? 0 : 1);
    }

    @FXML
    private void tag() {
        List<MoleculeRow> rows = table.selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        ask("Tag " + rows.size() + " molecule" + (rows.size() > 1 ? "s" : ""),
                "Tag (added, or removed when all already have it):", "").ifPresent(t -> tableModel.toggleTag(rows, t));
    }

    @FXML
    private void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    @FXML
    private void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    private void openStarred() {
        libraryModel.openStarred();
    }

    @FXML
    private void openAll() {
        libraryModel.openAll();
    }

    @FXML
    private void refreshRuns() {
        libraryModel.refresh();
    }

    @FXML
    private void similar() {
        MoleculeRow row = tableModel.selectedProperty().get();
        if (row != null) {
            libraryModel.searchSimilar(row, LibraryViewModel.SIMILARITY_THRESHOLD);
        }
    }

    /** OpenChemLib's structure editor, starting from the selected molecule; the drawing is searched for by similarity. */
    @FXML
    private void drawQuery() {
        MoleculeRow selected = tableModel.selectedProperty().get();
        StereoMolecule start = DrawnMolecules.startingFrom(selected == null ? null : selected.smiles());
        FXEditorDialog editor = new FXEditorDialog(window(), new StereoMolecule(start), Modality.WINDOW_MODAL);
        editor.setTitle("Draw a molecule to find similar ones in the library");
        editor.setWidth(760);
        editor.setHeight(560);
        // laid out again at the final size, so the molecule is centred and scaled to the larger sheet
        editor.setOnShown(e -> javafx.application.Platform.runLater(() -> editor.getDrawArea().setMolecule(start)));
        editor.showAndWait();
        if (editor.isCancelled()) {
            return;
        }
        DrawnMolecules.smiles(editor.getStructure()).ifPresentOrElse(smiles -> {
            librarySearch.setText("~" + smiles);
            libraryModel.search(librarySearch.getText());
        }, () -> libraryModel.statusProperty().set("nothing was drawn"));
    }

    @FXML
    private void export() {
        Path suggested = Path.of(System.getProperty("user.home"), "denovo-export.sdf");
        ExportViewModel model = new ExportViewModel(services.runner(), services.library(), table.selectedRows(),
                tableModel.visibleRows(), tableModel.runIdProperty().get(), suggested);
        new ExportDialog(window(), model).showAndWait().filter(b -> b == ButtonType.OK).ifPresent(ok -> model.export(
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
        ProfileEditorViewModel editor = new ProfileEditorViewModel(services.profiles(), services.runner(), services.library());
        RunChartsViewModel values = new RunChartsViewModel(tableModel);
        ProfileEditorDialog dialog = new ProfileEditorDialog(window(), editor, services.profiles().available(),
                generateModel.profileProperty().get(), values::values, tableModel.runIdProperty().get(), id -> {
                    libraryModel.refresh();
                    libraryModel.open(id);
                }, org.denovo.ui.Stylesheet.url());
        dialog.setOnHidden(e -> generateModel.refreshProfiles());
        dialog.show();
    }

    @FXML
    private void preferences() {
        new PreferencesDialog(window(), services).showAndWait();
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
                Columns: score, qed, sa, mw, logp, tpsa, hbd, hba, rotb, rings, fsp3, alerts, star, rank.
                The box to the right searches substructures (SMILES or SMARTS, Enter).
                Keys: 0-5 rate the selection, Ctrl+D star, Ctrl+T tag, Ctrl+C copy SMILES,
                Ctrl+Shift+C copy molfile, Ctrl+E export, Ctrl+G generate, Ctrl+. cancel.""");
        body.setStyle("-fx-font-family: monospace;");
        help.getDialogPane().setContent(body);
        help.show();
    }

    @FXML
    private void about() {
        new AboutDialog(window(), generateModel.cardProperty().get()).show();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void rotate3d() {
        viewer.run("spin toggle");
    }

    @FXML
    private void zoomIn3d() {
        viewer.run("zoom *1.25");
    }

    @FXML
    private void zoomOut3d() {
        viewer.run("zoom /1.25");
    }

    @FXML
    private void reset3d() {
        viewer.run("reset; spin off");
    }

    @FXML
    private void save3d() {
        if (viewerModel.structureProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save 3D structure");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("MDL molfile", "*.mol"),
                new FileChooser.ExtensionFilter("SD file", "*.sdf"));
        MoleculeRow row = tableModel.selectedProperty().get();
        chooser.setInitialFileName((row == null || row.name().isBlank() ? "molecule" : row.name()) + "-3d.mol");
        java.io.File file = chooser.showSaveDialog(window());
        if (file != null) {
            try {
                viewerModel.save(file.toPath());
            } catch (java.io.IOException e) {
                ErrorDialogs.show(window(), "Could not save the 3D structure", e);
            }
        }
    }

    /** Saves window-independent state (dividers) into the settings before the app closes. */
    public void rememberLayout() {
        services.settings().dividers = split.getDividerPositions();
    }

    private Window window() {
        return menuBar.getScene() == null ? null : menuBar.getScene().getWindow();
    }

    // ---- for tests and the screenshot tool ----

    public MoleculeTableViewModel tableModel() {
        return tableModel;
    }

    public GenerateViewModel generateModel() {
        return generateModel;
    }

    public DetailViewModel detailModel() {
        return detailModel;
    }

    public LibraryViewModel libraryModel() {
        return libraryModel;
    }

    public MoleculeTable table() {
        return table;
    }

    public TabPane detailTabs() {
        return detailTabs;
    }
}
