package org.denovo.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.Notation;
import org.denovo.core.compare.RunComparison;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunMember;
import org.denovo.core.library.RunSummary;
import org.denovo.core.library.StoredRun;
import org.denovo.core.report.Palette;
import org.denovo.core.run.LibraryImport;
import org.denovo.core.run.ProblemLog;
import org.denovo.core.score.Score;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;
import org.denovo.ui.task.BackgroundTask;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.denovo.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison view's state, on a small library and a runner that runs work at once (or when told). */
class ComparisonViewModelTest {
    private static final String ALPHA = """
            smiles,name,score
            c1ccccc1,benzene,0.9
            Cc1ccccc1,toluene,0.85
            CCCCO,butanol,0.6
            CCc1ccccc1,ethylbenzene,0.5
            C1CCCCC1,cyclohexane,0.3
            c1ccc2ccccc2c1,naphthalene,0.2
            """;
    private static final String BETA = """
            smiles,name,score
            OC(=O)c1ccccc1,benzoic acid,0.95
            Cc1ccccc1,toluene,0.7
            C1CCNCC1,piperidine,0.4
            CC(C)O,isopropanol,0.2
            c1ccc2ccccc2c1,naphthalene,0.1
            """;

    @TempDir
    Path dir;
    Library library;
    RunSummary alpha;
    RunSummary beta;
    final ImmediateTaskRunner runner = new ImmediateTaskRunner();

    @BeforeEach
    void library() throws Exception {
        library = Library.open(dir.resolve("lib.db"));
        alpha = imported(ALPHA, "alpha.csv");
        beta = imported(BETA, "beta.csv");
    }

    @AfterEach
    void close() {
        library.close();
    }

    private RunSummary imported(String csv, String file) throws Exception {
        Path input = dir.resolve(file);
        Files.writeString(input, csv);
        long id = new LibraryImport(library, input, file, 1, ProblemLog.NONE).run(WorkContext.synchronous()).runId();
        return library.run(id).orElseThrow();
    }

    private ComparisonViewModel model(TaskRunner runner, RunSummary... runs) {
        return new ComparisonViewModel(runner, library, List.of(runs), 1);
    }

    private static StatisticRow row(ComparisonViewModel m, String measure) {
        return m.statistics().stream().filter(r -> r.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + measure + " in " + m.statistics()));
    }

    @Test
    void comparesTheRunsInTheirOrderEachInItsColour() {
        ComparisonViewModel m = model(runner, beta, alpha);
        assertEquals("Compare runs " + beta.id() + " and " + alpha.id(), m.title());
        assertEquals(List.of("run " + beta.id(), "run " + alpha.id()), m.keys().stream().map(RunKey::label).toList());
        assertEquals(List.of(Palette.of(0), Palette.of(1)), m.keys().stream().map(RunKey::colour).toList());
        assertNull(m.comparisonProperty().get());

        m.compare();
        RunComparison c = m.comparisonProperty().get();
        assertNotNull(c);
        assertEquals(List.of(beta.id(), alpha.id()), c.runs().stream().map(r -> r.id()).toList());
        assertEquals(List.of("5", "6"), row(m, "Molecules").values());
        assertEquals(List.of("beta.csv", "alpha.csv"), row(m, "Name").values());
        assertEquals(List.of("1 (20.0 %)", "2 (33.3 %)"), row(m, "Hits (score ≥ 0.80)").values());
        assertFalse(m.runningProperty().get());
        assertFalse(m.failedProperty().get());
        assertTrue(m.messageProperty().get().startsWith("11 molecules in 2 runs compared in"), m.messageProperty().get());
        assertEquals("compare-runs-" + beta.id() + "-" + alpha.id() + ".html", m.suggestedReportName());
    }

    @Test
    void anotherHitThresholdComparesAgainAndTheSameOneDoesNot() {
        ComparisonViewModel m = model(runner, alpha, beta);
        m.compare();
        RunComparison first = m.comparisonProperty().get();
        m.chooseThreshold(0.8);
        assertSame(first, m.comparisonProperty().get(), "the same threshold: nothing to do");

        m.chooseThreshold(0.5);
        assertEquals(0.5, m.comparisonProperty().get().settings().threshold());
        assertEquals(List.of("4 (66.7 %)", "2 (40.0 %)"), row(m, "Hits (score ≥ 0.50)").values());
        m.chooseThreshold(Double.NaN);
        assertEquals(0.5, m.thresholdProperty().get(), "a threshold that is not a number is ignored");
    }

    @Test
    void withoutALeadTheScoreIsWeighedAgainstAPropertyAndTheAxisCanChange() {
        ComparisonViewModel m = model(runner, alpha, beta);
        m.compare();
        assertEquals(List.of(TradeOffAxis.QED, TradeOffAxis.FSP3), m.axes(), "no similarity without a lead");
        assertEquals(TradeOffAxis.QED, m.axisProperty().get());
        m.chooseAxis(TradeOffAxis.FSP3);
        assertEquals("fsp3", m.comparisonProperty().get().tradeOff().axis());
        assertEquals(TradeOffAxis.FSP3, m.axisProperty().get());
    }

    @Test
    void anOptimisationRunsLeadOffersSimilarityAndRounds() throws Exception {
        RunSummary optimize = optimizeRun();
        ComparisonViewModel m = model(runner, alpha, optimize);
        m.compare();
        assertEquals(List.of(TradeOffAxis.values()), m.axes());
        assertEquals(TradeOffAxis.SIMILARITY, m.axisProperty().get());
        assertTrue(m.comparisonProperty().get().hasRounds());
        assertEquals(List.of("0", "1"), row(m, "Leads (not counted)").values());
    }

    @Test
    void aCancelledComparisonKeepsTheOneOnShow() {
        ComparisonViewModel m = model(runner, alpha, beta);
        m.compare();
        RunComparison shown = m.comparisonProperty().get();
        runner.nextCancellation().cancel();
        m.chooseThreshold(0.3);
        assertSame(shown, m.comparisonProperty().get());
        assertEquals("cancelled", m.messageProperty().get());
        assertFalse(m.failedProperty().get(), "cancelling is not a failure");
        assertFalse(m.runningProperty().get());
    }

    @Test
    void aNewerComparisonSupersedesOneStillRunning() {
        DeferredRunner deferred = new DeferredRunner();
        ComparisonViewModel m = model(deferred, alpha, beta);
        m.compare();
        assertTrue(m.runningProperty().get());
        m.chooseThreshold(0.5); // cancels the first
        assertTrue(deferred.cancellations.get(0).isCancelled());
        deferred.run(1); // the newer one ends first
        deferred.run(0); // then the first, cancelled: its end changes nothing
        assertEquals(0.5, m.comparisonProperty().get().settings().threshold());
        assertFalse(m.runningProperty().get());
        assertTrue(m.messageProperty().get().contains("compared"), m.messageProperty().get());
    }

    @Test
    void aRunNoLongerInTheLibraryIsReported() throws Exception {
        ComparisonViewModel m = model(runner, alpha, beta);
        library.deleteRun(beta.id());
        m.compare();
        assertNull(m.comparisonProperty().get());
        assertTrue(m.failedProperty().get());
        assertTrue(m.messageProperty().get().contains("no run " + beta.id()), m.messageProperty().get());
    }

    @Test
    void theReportIsTheCommandLinesPageNamedHtml() throws Exception {
        ComparisonViewModel m = model(runner, alpha, beta);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        m.saveReport(dir.resolve("early.html"), done -> { }, failure::set);
        assertTrue(failure.get().getMessage().contains("no comparison"), "nothing to save before a comparison");

        m.compare();
        AtomicReference<String> done = new AtomicReference<>();
        m.saveReport(dir.resolve("runs"), done::set, failure::set);
        Path page = dir.resolve("runs.html");
        assertTrue(Files.exists(page), "named .html");
        assertTrue(done.get().startsWith("Saved " + page), done.get());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("alpha.csv") && html.contains("beta.csv"));
        assertEquals(dir.resolve("r.htm"), ComparisonViewModel.htmlFile(dir.resolve("r.htm")));
    }

    private RunSummary optimizeRun() throws Exception {
        StoredRun run = StoredRun.start(library, RunInfo.of(RunKind.OPTIMIZE, "optimize toluene",
                "{\"command\":\"optimize\",\"profile\":\"qed\",\"profile_name\":\"qed\"}"));
        run.appendMembers(List.of(member("Cc1ccccc1", 0.5, 0, null)));
        run.appendMembers(List.of(member("CCc1ccccc1", 0.6, 1, "Cc1ccccc1"), member("Cc1ccccc1O", 0.8, 1, "Cc1ccccc1")));
        run.finish();
        return library.run(run.id()).orElseThrow();
    }

    private static RunMember member(String smiles, double score, int round, String parent) {
        AnalyzedMolecule analyzed = analyzed(smiles);
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("round", Integer.toString(round));
        tags.put("parent", parent == null ? "" : analyzed(parent).smiles());
        ScoredMolecule s = new ScoredMolecule(analyzed.withTags(tags), new Score(score, List.of(), null), 0);
        return RunMember.derived(s, round, parent == null ? null : analyzed(parent).smiles());
    }

    private static AnalyzedMolecule analyzed(String smiles) {
        Analysis a = MoleculeAnalyzer.withDefaults().analyze(new InputRecord(1, 1, Notation.SMILES, smiles, "", Map.of(), null));
        return ((Analysis.Success) a).molecule();
    }

    /** Keeps submitted work until the test runs it, so that the order in which work ends can be chosen. */
    private static final class DeferredRunner implements TaskRunner {
        final List<Runnable> queued = new ArrayList<>();
        final List<Cancellation> cancellations = new ArrayList<>();
        final ObservableList<BackgroundTask> running = FXCollections.observableArrayList();

        @Override
        public <T> BackgroundTask submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Cancellation cancellation = new Cancellation();
            cancellations.add(cancellation);
            queued.add(() -> {
                T value;
                try {
                    value = work.run(new WorkContext(cancellation, p -> { }));
                } catch (Throwable t) {
                    onFailure.accept(t);
                    return;
                }
                onSuccess.accept(value);
            });
            return new BackgroundTask(title, cancellation);
        }

        void run(int index) {
            queued.get(index).run();
        }

        @Override
        public <T> void quietly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }

        @Override
        public void onUi(Runnable action) {
            action.run();
        }

        @Override
        public ObservableList<BackgroundTask> running() {
            return running;
        }
    }
}
