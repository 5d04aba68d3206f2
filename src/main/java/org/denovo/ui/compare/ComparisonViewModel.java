package org.denovo.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.denovo.core.compare.CompareSettings;
import org.denovo.core.compare.RunComparison;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunSummary;
import org.denovo.core.report.Palette;
import org.denovo.core.run.ReadAndCompareRuns;
import org.denovo.core.run.WriteComparisonReport;
import org.denovo.core.work.CancelledException;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.task.BackgroundTask;
import org.denovo.ui.task.TaskRunner;

/**
 * The comparison view's state: which runs, in which colours, the comparison on show and the settings it was made
 * with. Comparing runs in the background through the task runner ({@link ReadAndCompareRuns}, the command line's
 * path too); a newer comparison (another hit threshold or trade-off axis) supersedes one still running. The report is
 * written by the command line's writer ({@link WriteComparisonReport}).
 */
public final class ComparisonViewModel {
    /** Best molecules shown per run. */
    public static final int TOP = CompareSettings.DEFAULT_TOP;

    private final TaskRunner runner;
    private final Library library;
    private final List<RunKey> keys;
    private final int threads;
    private final ObjectProperty<RunComparison> comparison = new SimpleObjectProperty<>();
    private final ObservableList<StatisticRow> statistics = FXCollections.observableArrayList();
    private final ObservableList<TradeOffAxis> axes = FXCollections.observableArrayList(TradeOffAxis.QED, TradeOffAxis.FSP3);
    private final DoubleProperty threshold = new SimpleDoubleProperty(CompareSettings.DEFAULT_THRESHOLD);
    private final ObjectProperty<TradeOffAxis> axis = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private BackgroundTask task;
    private ReadAndCompareRuns lastWork;
    private int generation;

    /**
     * @param runs    the runs to compare, two or more, in the order the view shows them
     * @param threads threads for finding scaffolds
     */
    public ComparisonViewModel(TaskRunner runner, Library library, List<RunSummary> runs, int threads) {
        ReadAndCompareRuns.checkRunIds(runs.stream().map(RunSummary::id).toList());
        this.runner = runner;
        this.library = library;
        this.threads = Math.max(1, threads);
        List<RunKey> k = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunSummary r = runs.get(i);
            k.add(new RunKey(r.id(), "run " + r.id(), r.name(), Palette.of(i)));
        }
        this.keys = List.copyOf(k);
    }

    /** Reads the runs and compares them with the current threshold and axis, superseding a comparison still running. */
    public void compare() {
        compare(null);
    }

    /** As {@link #compare()}; with {@code previous}, from the molecules it read. */
    private void compare(ReadAndCompareRuns previous) {
        stopRunning();
        int asked = ++generation;
        TradeOffAxis versus = axis.get();
        CompareSettings settings = new CompareSettings(TOP, threshold.get(), versus == null ? null : versus.key(), threads);
        List<Long> ids = keys.stream().map(RunKey::id).toList();
        long started = System.nanoTime();
        running.set(true);
        failed.set(false);
        message.set("comparing…");
        progress.set(-1);
        ReadAndCompareRuns work = previous == null ? new ReadAndCompareRuns(library, ids, settings)
                : previous.withSettings(settings);
        lastWork = work;
        BackgroundTask submitted = runner.submit(title(), work,
                result -> {
                    if (asked == generation) {
                        ended();
                        show(result);
                        message.set(summary(result, (System.nanoTime() - started) / 1e9));
                    }
                },
                error -> {
                    if (asked == generation) {
                        ended();
                        failed.set(!(error instanceof CancelledException));
                        message.set(error instanceof CancelledException ? "cancelled" : ErrorDialogs.reason(error));
                    }
                });
        if (asked == generation && running.get()) { // still running (a synchronous runner has finished already)
            task = submitted;
            progress.bind(submitted.progressProperty());
            message.bind(submitted.messageProperty());
        }
    }

    /** Compares again if the hit threshold changed. */
    public void chooseThreshold(double value) {
        if (Double.isFinite(value) && value != threshold.get()) {
            threshold.set(value);
            compare(lastWork);
        }
    }

    /** Compares again if the trade-off's axis changed. */
    public void chooseAxis(TradeOffAxis value) {
        if (value != null && value != axis.get()) {
            axis.set(value);
            compare(lastWork);
        }
    }

    /** Cancels the comparison that is running; the one on show stays. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** The view was closed: nothing more is needed. */
    public void close() {
        cancel();
        generation++;
    }

    /**
     * Writes the comparison on show as the command line's HTML report, in the background; a name without
     * {@code .html} gets it. {@code done} receives a line saying where and how large.
     */
    public void saveReport(Path file, Consumer<String> done, Consumer<Throwable> failure) {
        RunComparison shown = comparison.get();
        if (shown == null) {
            failure.accept(new IllegalStateException("there is no comparison to save yet"));
            return;
        }
        Path target = htmlFile(file);
        WriteComparisonReport write;
        try {
            write = new WriteComparisonReport(shown, library.file().toString(), target);
        } catch (IllegalArgumentException e) {
            failure.accept(e);
            return;
        }
        runner.submit("Save comparison report", write, bytes -> done.accept(String.format(Locale.ROOT,
                "Saved %s (%,d KB)", target, Math.max(1, Math.round(bytes / 1024.0)))), failure);
    }

    /** The file a report is saved to: as chosen, with {@code .html} added when it has no HTML extension. */
    static Path htmlFile(Path chosen) {
        String name = chosen.getFileName() == null ? "" : chosen.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") ? chosen : chosen.resolveSibling(chosen.getFileName() + ".html");
    }

    /** "compare-runs-1-2-5.html". */
    public String suggestedReportName() {
        return "compare-runs-" + keys.stream().map(k -> Long.toString(k.id())).collect(Collectors.joining("-")) + ".html";
    }

    /** "Compare runs 1, 2 and 5". */
    public String title() {
        List<String> ids = keys.stream().map(k -> Long.toString(k.id())).toList();
        return "Compare runs " + String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }

    private void show(RunComparison result) {
        comparison.set(result);
        statistics.setAll(StatisticsTable.rows(result));
        boolean leads = result.runs().stream().anyMatch(r -> r.leads() > 0);
        List<TradeOffAxis> offered = new ArrayList<>(List.of(TradeOffAxis.values()));
        if (!leads) {
            offered.remove(TradeOffAxis.SIMILARITY);
        }
        if (!axes.equals(offered)) {
            axes.setAll(offered);
        }
        axis.set(TradeOffAxis.of(result.tradeOff().axis()));
    }

    private void stopRunning() {
        cancel();
        ended();
    }

    private void ended() {
        task = null;
        progress.unbind();
        message.unbind();
        progress.set(0);
        running.set(false);
    }

    /** "2,455 molecules in 3 runs compared in 8.7 s". */
    static String summary(RunComparison c, double seconds) {
        long molecules = c.runs().stream().mapToLong(r -> (long) r.molecules() + r.leads()).sum();
        return String.format(Locale.ROOT, "%,d molecules in %d runs compared in %.1f s", molecules, c.runs().size(), seconds);
    }

    public List<RunKey> keys() {
        return keys;
    }

    public ReadOnlyObjectProperty<RunComparison> comparisonProperty() {
        return comparison;
    }

    public ObservableList<StatisticRow> statistics() {
        return statistics;
    }

    /** The axes the trade-off can take: similarity only when a compared run has a lead. */
    public ObservableList<TradeOffAxis> axes() {
        return axes;
    }

    public ReadOnlyObjectProperty<TradeOffAxis> axisProperty() {
        return axis;
    }

    public ReadOnlyDoubleProperty thresholdProperty() {
        return threshold;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** The running comparison's progress, 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What the comparison is doing, what it found, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
