package org.denovo.ui.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.denovo.core.io.Exporters;
import org.denovo.core.library.Library;
import org.denovo.core.run.LibraryExport;
import org.denovo.core.run.MoleculeListExport;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.score.Ranking;
import org.denovo.core.work.Work;
import org.denovo.ui.task.TaskRunner;
import org.denovo.ui.table.MoleculeRow;

/** The export dialog: what to write (selection, filtered view, run, top K), where, and a preview of it. */
public final class ExportViewModel {
    private static final String FORMATS = ".sdf, .sdf.gz, .csv or .smi";
    private final TaskRunner runner;
    private final Library library;
    private final List<MoleculeRow> selection;
    private final List<MoleculeRow> view;
    private final long runId;
    private final ObjectProperty<ExportScope> scope = new SimpleObjectProperty<>(ExportScope.FILTERED_VIEW);
    private final IntegerProperty topK = new SimpleIntegerProperty(100);
    private final StringProperty path = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final Path baseFolder;
    private long runCount = -1;
    private Consumer<Path> onWritten = file -> { };

    /** @param runId the run on show, or 0 when the table shows a search or a curated view */
    public ExportViewModel(TaskRunner runner, Library library, List<MoleculeRow> selection, List<MoleculeRow> view,
                           long runId, Path suggested) {
        this.runner = runner;
        this.library = library;
        this.selection = List.copyOf(selection);
        this.view = List.copyOf(view);
        this.runId = runId;
        if (!selection.isEmpty() && selection.size() > 1) {
            scope.set(ExportScope.SELECTION);
        }
        path.set(suggested == null ? "" : suggested.toString());
        Path suggestedFolder = suggested == null ? null : suggested.toAbsolutePath().getParent();
        baseFolder = suggestedFolder != null ? suggestedFolder : Path.of(System.getProperty("user.home"));
        scope.addListener((o, a, b) -> update());
        topK.addListener((o, a, b) -> update());
        path.addListener((o, a, b) -> update());
        update();
    }

    public boolean runAvailable() {
        return runId > 0;
    }

    /** How many molecules the current choice writes. */
    public long count() {
        return switch (scope.get()) {
            case SELECTION -> selection.size();
            case FILTERED_VIEW -> view.size();
            case TOP_K -> Math.min(Math.max(0, topK.get()), view.size());
            case RUN -> runId > 0 ? runMolecules() : 0;
        };
    }

    /** Counted once: the preview updates on every keystroke, and the library may be busy storing a run. */
    private long runMolecules() {
        if (runCount < 0) {
            try {
                runCount = library.count(MoleculeQuery.ofRun(runId));
            } catch (Exception e) {
                runCount = 0;
            }
        }
        return runCount;
    }

    private void update() {
        try {
            String problem = problem();
            preview.set(problem != null ? problem : willWrite(target(path.get())));
            ready.set(problem == null);
        } catch (RuntimeException e) { // a path the file system cannot take: say so, never throw while typing
            preview.set("Cannot use this path: " + e.getMessage());
            ready.set(false);
        }
    }

    private String willWrite(Path file) {
        long n = count();
        String format = file.getFileName().toString().toLowerCase(Locale.ROOT).replace(".gz", "");
        format = format.substring(format.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        return String.format("Will write %,d molecule%s, best score first, each with its rank in the run, position in "
                + "the file, the run's profile, properties, score components, alerts, star, rating and tags, as %s to %s%s",
                n, n == 1 ? "" : "s", format, file.toAbsolutePath(),
                Files.exists(file) ? " (replacing the existing file)" : "");
    }

    /** The file a typed path names: a path without a folder goes to the proposed folder, and ~ is the home folder. */
    private Path target(String text) {
        String t = text.strip();
        if (t.equals("~") || t.startsWith("~/")) {
            t = System.getProperty("user.home") + t.substring(1);
        }
        Path p = Path.of(t);
        return p.isAbsolute() ? p : baseFolder.resolve(p);
    }

    /** What stops the export as chosen, in the user's words; null when it can go ahead. */
    private String problem() {
        String p = path.get() == null ? "" : path.get().strip();
        if (scope.get() == ExportScope.RUN && runId <= 0) {
            return "The table does not show a run; choose the filtered view instead.";
        }
        if (p.isEmpty()) {
            return "Choose a file: " + FORMATS;
        }
        Path file;
        try {
            file = target(p);
        } catch (InvalidPathException e) {
            return "\"" + p.replace("\0", "") + "\" is not a file path: " + e.getReason();
        }
        Path name = file.getFileName();
        if (name == null || p.endsWith("/") || p.endsWith(file.getFileSystem().getSeparator()) || Files.isDirectory(file)) {
            return "That is a folder; add a file name, e.g. molecules.sdf";
        }
        if (Exporters.forPath(file).isEmpty()) {
            String n = name.toString();
            if (n.startsWith(".") && n.indexOf('.', 1) < 0) {
                return "Add a file name before " + n;
            }
            return n.contains(".") ? "Cannot tell the format of " + n + "; use " + FORMATS
                    : "Add an extension to name the format: " + FORMATS;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "The folder " + dir + " does not exist";
        }
        if (count() == 0) {
            return "Nothing to write: the choice holds no molecules";
        }
        return null;
    }

    /** The folder a file chooser opens in: the typed path's folder when it exists, else null. */
    public Path chooserFolder() {
        try {
            Path p = target(path.get());
            Path folder = Files.isDirectory(p) ? p : p.getParent();
            return folder != null && Files.isDirectory(folder) ? folder : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The file name a file chooser proposes: the typed one, if any. */
    public String chooserFileName() {
        try {
            Path p = target(path.get());
            return p.getFileName() == null || Files.isDirectory(p) ? "" : p.getFileName().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Called with the file after each export that wrote it (to remember its folder and format). */
    public void setOnWritten(Consumer<Path> listener) {
        onWritten = listener;
    }

    /** Starts the export; {@code onDone} gets a confirmation with path and count, on the UI thread. */
    public void export(Consumer<String> onDone, Consumer<Throwable> onError) {
        if (!ready.get()) {
            onError.accept(new IllegalStateException(preview.get()));
            return;
        }
        Path file = target(path.get());
        Work<Long> work = switch (scope.get()) {
            case RUN -> new LibraryExport(library, MoleculeQuery.ofRun(runId), file, 0);
            case SELECTION -> new MoleculeListExport(library, selection.stream().map(MoleculeRow::toLibraryMolecule).toList(), file);
            case FILTERED_VIEW -> new MoleculeListExport(library, view.stream().map(MoleculeRow::toLibraryMolecule).toList(), file);
            case TOP_K -> new MoleculeListExport(library, view.stream().map(MoleculeRow::toLibraryMolecule)
                    .sorted(Comparator.comparing(m -> m.scored(), Ranking.ORDER))
                    .limit(Math.max(0, topK.get())).toList(), file);
        };
        runner.submit("Export to " + file.getFileName(), work,
                n -> {
                    onWritten.accept(file.toAbsolutePath());
                    onDone.accept(String.format("Wrote %,d molecules to %s", n, file.toAbsolutePath()));
                }, onError);
    }

    public ObjectProperty<ExportScope> scopeProperty() {
        return scope;
    }

    public IntegerProperty topKProperty() {
        return topK;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
