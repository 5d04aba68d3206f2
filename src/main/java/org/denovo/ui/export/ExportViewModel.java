package org.denovo.ui.export;

import java.nio.file.Files;
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
    private long runCount = -1;

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
        String p = path.get() == null ? "" : path.get().strip();
        if (scope.get() == ExportScope.RUN && runId <= 0) {
            preview.set("The table does not show a run; choose the filtered view instead.");
            ready.set(false);
            return;
        }
        if (p.isEmpty()) {
            preview.set("Choose a file: .sdf, .sdf.gz, .csv or .smi");
            ready.set(false);
            return;
        }
        Path file = Path.of(p);
        if (Exporters.forPath(file).isEmpty()) {
            preview.set("Cannot tell the format of " + file.getFileName() + "; use " + Exporters.knownExtensions());
            ready.set(false);
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            preview.set("The folder " + dir + " does not exist");
            ready.set(false);
            return;
        }
        long n = count();
        if (n == 0) {
            preview.set("Nothing to write: the choice holds no molecules");
            ready.set(false);
            return;
        }
        String format = file.getFileName().toString().toLowerCase(Locale.ROOT).replace(".gz", "");
        format = format.substring(format.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        preview.set(String.format("Will write %,d molecules, best score first with rank, properties, score components, "
                + "alerts, star, rating and tags, as %s to %s%s", n, format, file.toAbsolutePath(),
                Files.exists(file) ? " (replacing the existing file)" : ""));
        ready.set(true);
    }

    /** Starts the export; {@code onDone} gets a confirmation with path and count, on the UI thread. */
    public void export(Consumer<String> onDone, Consumer<Throwable> onError) {
        if (!ready.get()) {
            onError.accept(new IllegalStateException(preview.get()));
            return;
        }
        Path file = Path.of(path.get().strip());
        Work<Long> work = switch (scope.get()) {
            case RUN -> new LibraryExport(library, MoleculeQuery.ofRun(runId), file, 0);
            case SELECTION -> new MoleculeListExport(selection.stream().map(MoleculeRow::toLibraryMolecule).toList(), file);
            case FILTERED_VIEW -> new MoleculeListExport(view.stream().map(MoleculeRow::toLibraryMolecule).toList(), file);
            case TOP_K -> new MoleculeListExport(view.stream().map(MoleculeRow::toLibraryMolecule)
                    .sorted(Comparator.comparing(m -> m.scored(), Ranking.ORDER))
                    .limit(Math.max(0, topK.get())).toList(), file);
        };
        runner.submit("Export to " + file.getFileName(), work,
                n -> onDone.accept(String.format("Wrote %,d molecules to %s", n, file.toAbsolutePath())), onError);
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
