package org.denovo.ui.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.denovo.core.io.Exporters;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunStatus;
import org.denovo.core.library.RunSummary;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.ui.Settings;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.charts.RunChartsViewModel;
import org.denovo.ui.compare.ComparisonViewModel;
import org.denovo.ui.depict.DepictionCache;
import org.denovo.ui.detail.DetailViewModel;
import org.denovo.ui.export.ExportViewModel;
import org.denovo.ui.generate.GenerateViewModel;
import org.denovo.ui.importing.ImportViewModel;
import org.denovo.ui.library.LibraryViewModel;
import org.denovo.ui.lineage.LineageViewModel;
import org.denovo.ui.optimize.OptimizeViewModel;
import org.denovo.ui.profile.ProfileEditorViewModel;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.table.TableWarmUp;
import org.denovo.ui.viewer3d.Structure3DBuilder;
import org.denovo.ui.viewer3d.Viewer3DViewModel;
import org.slf4j.LoggerFactory;

/**
 * The window's ViewModels, made from the core services in one place and connected to each other: the row selected
 * in the table fills the detail, a stored generate run appears in the library list, the run on show is remembered
 * and opens again at the next start. The panels get their ViewModel here and reach the library and the profiles only through it.
 */
public final class MainViewModel {
    private final WorkbenchServices services;
    private final DepictionCache depictions;
    private final MoleculeTableViewModel table;
    private final GenerateViewModel generate;
    private final LibraryViewModel library;
    private final Viewer3DViewModel viewer3d;
    private final DetailViewModel detail;
    private final RunChartsViewModel charts;
    private final StatusBarViewModel status;
    private final OptimizeViewModel optimize;
    private final LineageViewModel lineage;
    private final ImportViewModel importing;

    public MainViewModel(WorkbenchServices services, Structure3DBuilder builder3d) {
        this.services = services;
        depictions = new DepictionCache(services.runner());
        table = new MoleculeTableViewModel(services.runner(), services.library());
        generate = new GenerateViewModel(services, table);
        library = new LibraryViewModel(services.runner(), services.library(), table);
        viewer3d = new Viewer3DViewModel(services.runner(), builder3d);
        detail = new DetailViewModel(depictions, viewer3d);
        charts = new RunChartsViewModel(table, generate.parameters().profileProperty(), this::profileOrNone);
        status = new StatusBarViewModel(services.library().file(), services.runner().running());
        optimize = new OptimizeViewModel(services, table, generate.parameters().profiles());
        lineage = new LineageViewModel(services.runner(), table);
        importing = new ImportViewModel(services);
        detail.substructureProperty().bind(table.highlightProperty());
        table.selectedProperty().addListener((o, was, row) -> {
            detail.show(row);
            lineage.show(row);
        });
        table.runIdProperty().addListener((o, was, id) -> {
            if (id.longValue() > 0) {
                services.settings().lastRunId = id.longValue(); // opened again at the next start
            }
        });
        library.runs().addListener((javafx.collections.ListChangeListener<RunSummary>) c -> {
            java.util.Map<Long, RunSummary> byId = new java.util.HashMap<>();
            library.runs().forEach(r -> byId.put(r.id(), r));
            table.runs().keySet().retainAll(byId.keySet());
            table.runs().putAll(byId);
        });
        generate.setOnRunStored(id -> library.refresh());
        generate.setOnRunGrew(library::moleculesAdded);
        optimize.setOnRunStored(id -> library.refresh());
        optimize.setOnRunGrew(library::moleculesAdded);
    }

    private Profile profileOrNone(String name) {
        try {
            return services.profiles().load(name);
        } catch (Exception e) {
            return null; // the charts then show no profile windows
        }
    }

    /** Loads the model card and the run list, and opens the run that was on show when the app last closed. */
    public void start() {
        generate.modelCard().load();
        library.refresh();
        library.reopen(services.settings().lastRunId);
    }

    /** Warms up, while the app is idle after start, what the first generated rows and the 3D tab would build cold. */
    public void warmUp() {
        viewer3d.warmUp();
        services.runner().quietly(MainViewModel::linkRunSummaryMethods, ignored -> { }, error -> { });
        services.runner().warmUp(TableWarmUp::analyse); // the chemistry the first generate batch needs
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

    /** An export of the given selection, the filtered view or the whole run on show. */
    public ExportViewModel export(List<MoleculeRow> selected) {
        ExportViewModel export = new ExportViewModel(services.runner(), services.library(), selected,
                table.visibleRows(), table.runIdProperty().get(), suggestedExportFile());
        export.setOnWritten(this::exported);
        return export;
    }

    /** The folder and format of the last export (else the home folder and SDF), the file named after what is on show. */
    Path suggestedExportFile() {
        Settings s = services.settings();
        Path folder = Path.of(System.getProperty("user.home"));
        try {
            if (!s.exportFolder.isBlank() && Files.isDirectory(Path.of(s.exportFolder))) {
                folder = Path.of(s.exportFolder);
            }
        } catch (InvalidPathException e) {
            // an unusable remembered folder: propose the home folder
        }
        String format = s.exportFormat == null || s.exportFormat.isBlank() ? "sdf" : s.exportFormat;
        if (Exporters.forPath(Path.of("molecules." + format)).isEmpty()) {
            format = "sdf";
        }
        String shown = table.visibleRows().isEmpty() ? "" : table.titleProperty().get();
        return folder.resolve(fileName(shown) + "." + format);
    }

    /** A file name from a run name: letters, digits, dots and dashes; "molecules" when nothing is left. */
    static String fileName(String title) {
        String name = title == null ? "" : title.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (name.length() > 80) {
            name = name.substring(0, 80).replaceAll("[-.]+$", "");
        }
        return name.isEmpty() ? "molecules" : name;
    }

    /** Remembers the folder and format of a written export for the next one, in this session and the next. */
    private void exported(Path file) {
        Settings s = services.settings();
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            s.exportFolder = folder.toString();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String gz = name.endsWith(".gz") ? ".gz" : "";
        String plain = name.substring(0, name.length() - gz.length());
        s.exportFormat = plain.substring(plain.lastIndexOf('.') + 1) + gz;
        try {
            s.save(services.settingsFile());
        } catch (IOException e) {
            LoggerFactory.getLogger(MainViewModel.class).warn("could not save the export folder in the settings: {}",
                    e.getMessage());
        }
    }

    /** Quick work off the UI thread (e.g. rendering the manual); the callbacks come on the UI thread. */
    public <T> void runInBackground(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                    java.util.function.Consumer<Throwable> onFailure) {
        services.runner().quietly(work, onSuccess, onFailure);
    }

    /** A comparison of two or more runs, in the order given, on the settings' threads. */
    public ComparisonViewModel comparison(List<RunSummary> runs) {
        return new ComparisonViewModel(services.runner(), services.library(), runs, services.settings().threads);
    }

    /** A fresh profile editor draft. */
    public ProfileEditorViewModel profileEditor() {
        return new ProfileEditorViewModel(services.profiles(), services.runner(), services.library());
    }

    /** A run was re-scored into a new run: list it and show it. */
    public void rescored(long newRunId) {
        library.refresh();
        library.open(newRunId);
    }

    /** Profiles were saved: the generate panel offers them. */
    public void profilesEdited() {
        generate.parameters().refreshProfiles();
    }

    public Settings settings() {
        return services.settings();
    }

    public Path settingsFile() {
        return services.settingsFile();
    }

    public Path libraryFile() {
        return services.library().file();
    }

    public List<String> builtInProfiles() {
        return ProfileLoader.BUILT_IN;
    }

    public DepictionCache depictions() {
        return depictions;
    }

    public MoleculeTableViewModel table() {
        return table;
    }

    public GenerateViewModel generate() {
        return generate;
    }

    public LibraryViewModel library() {
        return library;
    }

    public DetailViewModel detail() {
        return detail;
    }

    public Viewer3DViewModel viewer3d() {
        return viewer3d;
    }

    public RunChartsViewModel charts() {
        return charts;
    }

    public OptimizeViewModel optimize() {
        return optimize;
    }

    public ImportViewModel importing() {
        return importing;
    }

    /** A run was imported: list it and show it. */
    public void imported(long runId) {
        library.refresh();
        library.open(runId);
    }

    public LineageViewModel lineage() {
        return lineage;
    }

    public StatusBarViewModel status() {
        return status;
    }
}
