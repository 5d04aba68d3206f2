package org.denovo.ui.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.denovo.core.generate.ModelCard;
import org.denovo.core.run.GenerateMolecules;
import org.denovo.core.run.GenerateRequest;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.CancelledException;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.task.BackgroundTask;

/**
 * The generate panel: model card, count, temperature, seed and profile in; the core's generate use case streams
 * scored molecules into the table batch by batch; Cancel stops promptly and keeps what is done.
 */
public final class GenerateViewModel {
    public static final int MAX_COUNT = 1_000_000;
    private final WorkbenchServices services;
    private final MoleculeTableViewModel table;
    private final IntegerProperty count = new SimpleIntegerProperty(1000);
    private final DoubleProperty temperature = new SimpleDoubleProperty(1.0);
    private final StringProperty seed = new SimpleStringProperty("");
    private final StringProperty profile = new SimpleStringProperty(ProfileLoader.DEFAULT);
    private final StringProperty modelSummary = new SimpleStringProperty("model not loaded yet");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<BackgroundTask> task = new SimpleObjectProperty<>();
    private final ObjectProperty<ModelCard> card = new SimpleObjectProperty<>();
    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private Consumer<Long> onRunStored = id -> { };
    private BiConsumer<Long, Integer> onRunGrew = (id, n) -> { };

    public GenerateViewModel(WorkbenchServices services, MoleculeTableViewModel table) {
        this.services = services;
        this.table = table;
        count.set(services.settings().count);
        temperature.set(services.settings().temperature);
        profile.set(services.settings().defaultProfile);
        refreshProfiles();
    }

    /** Re-reads the built-in and saved profile names (after the editor saved one). */
    public void refreshProfiles() {
        String keep = profile.get();
        profiles.setAll(services.profiles().available());
        profile.set(profiles.contains(keep) ? keep : ProfileLoader.DEFAULT);
    }

    /** Loads the model card off the UI thread so the panel can show it. */
    public void loadModel() {
        services.runner().quietly(services::model, m -> showCard(m.card()),
                error -> modelSummary.set("model unavailable: " + error.getMessage()));
    }

    /** Called with the library run id when a run starts (status running, growing batch by batch) and when it ends. */
    public void setOnRunStored(Consumer<Long> listener) {
        this.onRunStored = listener;
    }

    /** Called on the UI thread with the run id and the number of molecules each stored batch added. */
    public void setOnRunGrew(BiConsumer<Long, Integer> listener) {
        this.onRunGrew = listener;
    }

    public void start() {
        GenerateRequest request = running.get() ? null : request();
        if (request == null) {
            return;
        }
        services.settings().count = request.count();
        services.settings().temperature = request.temperature();
        running.set(true);
        status.set("loading model…");
        long[] runId = {0};
        task.set(services.runner().submit(String.format("Generate %,d", request.count()), context ->
                new GenerateMolecules(services.models(), services.profiles(), services.library(), request, new GenerateMolecules.Listener() {
                    @Override
                    public void started(long id, String name, ModelCard model, long actualSeed) {
                        runId[0] = id;
                        services.runner().onUi(() -> {
                            showCard(model);
                            table.show(name, id, List.of());
                            status.set("sampling…");
                            onRunStored.accept(id);
                        });
                    }

                    @Override
                    public void molecules(List<ScoredMolecule> batch, List<Long> ids) {
                        List<MoleculeRow> rows = new ArrayList<>(batch.size());
                        for (int i = 0; i < batch.size(); i++) {
                            rows.add(new MoleculeRow(ids.get(i), runId[0], batch.get(i), false, 0, List.of(), ""));
                        }
                        services.runner().onUi(() -> {
                            table.append(rows);
                            onRunGrew.accept(runId[0], rows.size());
                        });
                    }
                }).run(context), outcome -> {
                    running.set(false);
                    table.applyRanks(outcome.ranks());
                    status.set(outcome.summary().describe());
                    onRunStored.accept(outcome.runId());
                }, error -> {
                    running.set(false);
                    boolean cancelled = error instanceof CancelledException;
                    status.set(cancelled ? String.format("cancelled; kept %,d molecules", table.allRows().size())
                            : "generation failed: " + error.getMessage());
                    if (cancelled && runId[0] > 0) {
                        onRunStored.accept(runId[0]);
                    }
                }));
    }

    /** The form as a request, or null (with the reason in the status line) when a field is out of range. */
    private GenerateRequest request() {
        int n = count.get();
        double t = temperature.get();
        if (n < 1 || n > MAX_COUNT) {
            status.set(String.format("count must be between 1 and %,d", MAX_COUNT));
            return null;
        }
        if (!(t > 0) || t > 5) {
            status.set("temperature must be above 0 and at most 5");
            return null;
        }
        String s = seed.get() == null ? "" : seed.get().strip();
        Long chosenSeed;
        try {
            chosenSeed = s.isEmpty() ? null : Long.parseLong(s);
        } catch (NumberFormatException e) {
            status.set("seed must be a whole number, or blank for a random one");
            return null;
        }
        return GenerateRequest.of(services.settings().modelDir, n, chosenSeed, t, profile.get(),
                services.settings().threads, "workbench generate");
    }

    public void cancel() {
        if (task.get() != null && running.get()) {
            task.get().cancel();
        }
    }

    private void showCard(ModelCard c) {
        card.set(c);
        String metrics = c.metricsSummary();
        modelSummary.set(metrics.isEmpty() ? c.summary()
                : c.summary() + ". " + Character.toUpperCase(metrics.charAt(0)) + metrics.substring(1));
    }

    public IntegerProperty countProperty() { return count; }
    public DoubleProperty temperatureProperty() { return temperature; }
    public StringProperty seedProperty() { return seed; }
    public StringProperty profileProperty() { return profile; }
    public ObservableList<String> profiles() { return profiles; }
    public StringProperty modelSummaryProperty() { return modelSummary; }
    public ObjectProperty<ModelCard> cardProperty() { return card; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty runningProperty() { return running; }
    public ObjectProperty<BackgroundTask> taskProperty() { return task; }
}
