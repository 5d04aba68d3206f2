package org.denovo.ui.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.denovo.core.optimize.RoundReport;
import org.denovo.core.run.OptimizeLeads;
import org.denovo.core.run.OptimizeOutcome;
import org.denovo.core.run.OptimizeRequest;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.CancelledException;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.task.BackgroundTask;

/**
 * The optimise panel: the form goes to the core's optimise use case; the lead and each finished round stream into
 * the table, and the round's best and median score into the panel's chart. Cancel keeps the finished rounds.
 */
public final class OptimizeViewModel {
    private final WorkbenchServices services;
    private final MoleculeTableViewModel table;
    private final OptimizeParameters parameters;
    private final ObservableList<RoundProgress> rounds = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<BackgroundTask> task = new SimpleObjectProperty<>();
    private Consumer<Long> onRunStored = id -> { };
    private BiConsumer<Long, Integer> onRunGrew = (id, n) -> { };

    public OptimizeViewModel(WorkbenchServices services, MoleculeTableViewModel table, ObservableList<String> profiles) {
        this.services = services;
        this.table = table;
        this.parameters = new OptimizeParameters(services.settings(), profiles);
    }

    /** Called with the library run id when the run starts and when it ends. */
    public void setOnRunStored(Consumer<Long> listener) {
        this.onRunStored = listener;
    }

    /** Called on the UI thread with the run id and the number of molecules each round added. */
    public void setOnRunGrew(BiConsumer<Long, Integer> listener) {
        this.onRunGrew = listener;
    }

    /** Takes a molecule of the table as the lead; the kept substructure is cleared, as it belonged to the old lead. */
    public void leadFrom(MoleculeRow row) {
        if (row == null) {
            status.set("select a molecule in the table first");
            return;
        }
        if (!row.smiles().equals(parameters.leadProperty().get())) {
            parameters.keepProperty().set("");
        }
        parameters.leadProperty().set(row.smiles());
        status.set("lead: " + (row.name().isBlank() ? row.smiles() : row.name()));
    }

    /**
     * Atoms picked on the lead in the structure editor: {@code lead} becomes the lead, and the atoms carrying a map
     * number in {@code mappedSmiles} the kept substructure.
     */
    public void keepPicked(String lead, String mappedSmiles) {
        try {
            String smarts = org.denovo.core.chem.KeptAtoms.smartsOfMappedAtoms(mappedSmiles);
            if (!lead.isBlank()) {
                parameters.leadProperty().set(lead);
            }
            parameters.keepProperty().set(smarts);
            status.set("kept atoms: " + smarts);
        } catch (IllegalArgumentException e) {
            status.set("cannot keep those atoms: " + e.getMessage());
        }
    }

    public void start() {
        OptimizeRequest request = running.get() ? null : parameters.request(status::set);
        if (request == null) {
            return;
        }
        running.set(true);
        rounds.clear();
        status.set("loading model…");
        Feed feed = new Feed();
        task.set(services.runner().submit(String.format("Optimise (budget %,d)", request.budget()), context ->
                new OptimizeLeads(services.models(), services.profiles(), services.library(), request, feed).run(context),
                this::finished, error -> {
                    running.set(false);
                    if (error instanceof CancelledException) {
                        status.set(String.format("cancelled; kept %,d molecules from %d finished rounds",
                                table.allRows().size(), rounds.size()));
                    } else {
                        status.set("optimisation failed: " + error.getMessage());
                    }
                    if (feed.runId > 0) {
                        onRunStored.accept(feed.runId);
                    }
                }));
    }

    private void finished(OptimizeOutcome outcome) {
        running.set(false);
        table.applyRanks(outcome.ranks());
        OptimizeOutcome.LeadResult lead = outcome.leads().get(0);
        String best = lead.bestSmiles().isEmpty() ? "nothing met the constraints"
                : String.format(Locale.ROOT, "best %.3f (lead %.3f) at similarity %.2f", lead.bestScore(), lead.leadScore(),
                lead.bestSimilarity());
        status.set(best + "; " + outcome.describe());
        onRunStored.accept(outcome.runId());
    }

    public void cancel() {
        if (task.get() != null && running.get()) {
            task.get().cancel();
        }
    }

    /** Hands the run's progress, on the run's thread, to the UI thread. */
    private final class Feed implements OptimizeLeads.Listener {
        private volatile long runId;

        @Override
        public void started(long id, String name, long seed) {
            runId = id;
            services.runner().onUi(() -> {
                table.show(name, id, List.of());
                status.set("optimising… (seed " + seed + ")");
                onRunStored.accept(id);
            });
        }

        @Override
        public void lead(ScoredMolecule lead, long id) {
            MoleculeRow row = new MoleculeRow(id, runId, lead, false, 0, List.of(), "");
            long run = runId;
            services.runner().onUi(() -> {
                table.append(List.of(row));
                onRunGrew.accept(run, 1);
            });
        }

        @Override
        public void round(RoundReport report, List<ScoredMolecule> added, List<Long> ids) {
            List<MoleculeRow> rows = new ArrayList<>(added.size());
            for (int i = 0; i < added.size(); i++) {
                rows.add(new MoleculeRow(i < ids.size() ? ids.get(i) : 0, runId, added.get(i), false, 0, List.of(), ""));
            }
            RoundProgress progress = new RoundProgress(report.round(), report.best(), report.median(), report.totalScored());
            long run = runId;
            services.runner().onUi(() -> {
                table.append(rows);
                rounds.add(progress);
                status.set(String.format(Locale.ROOT, "round %d: best %.3f, median %.3f, %,d scored",
                        progress.round(), progress.best(), progress.median(), progress.scored()));
                onRunGrew.accept(run, rows.size());
            });
        }
    }

    public OptimizeParameters parameters() { return parameters; }
    public ObservableList<RoundProgress> rounds() { return rounds; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty runningProperty() { return running; }
    public ObjectProperty<BackgroundTask> taskProperty() { return task; }
}
