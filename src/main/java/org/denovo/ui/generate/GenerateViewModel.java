package org.denovo.ui.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.ModelCard;
import org.denovo.core.generate.Sample;
import org.denovo.core.generate.SamplingOptions;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.StoredRun;
import org.denovo.core.run.GenerateListener;
import org.denovo.core.run.GenerateRun;
import org.denovo.core.run.GenerateSummary;
import org.denovo.core.run.GeneratedMolecule;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.CancelledException;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.task.BackgroundTask;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;

/**
 * The generate panel: model card, count, temperature, seed and profile; Start streams scored molecules into the
 * table and the library batch by batch; Cancel stops promptly and keeps what is done.
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
        services.runner().quietly(services::model, m -> {
            card.set(m.card());
            modelSummary.set(describe(m.card()));
        }, error -> modelSummary.set("model unavailable: " + error.getMessage()));
    }

    /**
     * Called with the library run id when a run starts (it is in the library, status running, from then on, and
     * gains molecules batch by batch) and again once it has ended (finished or cancelled).
     */
    public void setOnRunStored(Consumer<Long> listener) {
        this.onRunStored = listener;
    }

    /** Called on the UI thread with the run id and the number of molecules each stored batch added. */
    public void setOnRunGrew(BiConsumer<Long, Integer> listener) {
        this.onRunGrew = listener;
    }

    public void start() {
        if (running.get()) {
            return;
        }
        int n = count.get();
        double t = temperature.get();
        if (n < 1 || n > MAX_COUNT) {
            status.set(String.format("count must be between 1 and %,d", MAX_COUNT));
            return;
        }
        if (!(t > 0) || t > 5) {
            status.set("temperature must be above 0 and at most 5");
            return;
        }
        long actualSeed;
        try {
            actualSeed = seed.get() == null || seed.get().isBlank()
                    ? new java.security.SecureRandom().nextLong() >>> 1 : Long.parseLong(seed.get().strip());
        } catch (NumberFormatException e) {
            status.set("seed must be a whole number, or blank for a random one");
            return;
        }
        String profileName = profile.get();
        services.settings().count = n;
        services.settings().temperature = t;
        running.set(true);
        status.set("loading model…");
        long[] runId = {0};
        String name = String.format("generate %,d (T %.2f, seed %d)", n, t, actualSeed);
        BackgroundTask handle = services.runner().submit("Generate " + String.format("%,d", n), context -> {
            GeneratorModel model = services.model();
            Profile p = services.profiles().load(profileName);
            StoredRun stored = StoredRun.start(services.library(), new RunInfo(RunKind.GENERATE, name,
                    configJson(n, t, actualSeed, profileName), model.card().id(), model.card().sha256(), actualSeed,
                    null, ""));
            runId[0] = stored.id();
            services.runner().onUi(() -> {
                card.set(model.card());
                modelSummary.set(describe(model.card()));
                table.show(name, stored.id(), List.of());
                status.set("sampling…");
                onRunStored.accept(stored.id());
            });
            try {
                GenerateSummary summary = new GenerateRun(model, SamplingOptions.of(n, actualSeed, t), p,
                        services.settings().threads, new GenerateListener() {
                            @Override
                            public void samples(List<Sample> batch) {
                            }

                            @Override
                            public void molecules(List<GeneratedMolecule> batch) throws Exception {
                                List<ScoredMolecule> scored = batch.stream().map(GeneratedMolecule::scored).toList();
                                List<Long> ids = stored.append(scored);
                                List<MoleculeRow> rows = new ArrayList<>(scored.size());
                                for (int i = 0; i < scored.size(); i++) {
                                    rows.add(new MoleculeRow(ids.get(i), stored.id(), scored.get(i), 0, List.of(), ""));
                                }
                                services.runner().onUi(() -> {
                                    table.append(rows);
                                    onRunGrew.accept(stored.id(), rows.size());
                                });
                            }
                        }).run(context);
                stored.finish(summary.sampled(), summary.valid());
                return new Outcome(summary, ranks(stored.id()));
            } catch (Exception e) {
                stored.fail(e);
                throw e;
            }
        }, outcome -> {
            running.set(false);
            table.applyRanks(outcome.ranks());
            status.set(outcome.summary().describe());
            onRunStored.accept(runId[0]);
        }, error -> {
            running.set(false);
            if (error instanceof CancelledException) {
                status.set(String.format("cancelled; kept %,d molecules", table.allRows().size()));
                if (runId[0] > 0) {
                    onRunStored.accept(runId[0]);
                }
            } else {
                status.set("generation failed: " + error.getMessage());
            }
        });
        task.set(handle);
    }

    public void cancel() {
        BackgroundTask t = task.get();
        if (t != null && running.get()) {
            t.cancel();
        }
    }

    private record Outcome(GenerateSummary summary, Map<Long, Integer> ranks) {
    }

    private Map<Long, Integer> ranks(long runId) throws Exception {
        Map<Long, Integer> ranks = new HashMap<>();
        for (LibraryMolecule m : services.library().molecules(MoleculeQuery.ofRun(runId))) {
            ranks.put(m.id(), m.scored().rank());
        }
        return ranks;
    }

    static String describe(ModelCard c) {
        String metrics = c.metricsSummary();
        return metrics.isEmpty() ? c.summary()
                : c.summary() + ". " + Character.toUpperCase(metrics.charAt(0)) + metrics.substring(1);
    }

    private static String configJson(int n, double t, long seed, String profile) throws Exception {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("command", "workbench generate");
        c.put("count", n);
        c.put("seed", seed);
        c.put("temperature", t);
        c.put("profile", profile);
        return new ObjectMapper().writeValueAsString(c);
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public ObservableList<String> profiles() {
        return profiles;
    }

    public StringProperty modelSummaryProperty() {
        return modelSummary;
    }

    public ObjectProperty<ModelCard> cardProperty() {
        return card;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<BackgroundTask> taskProperty() {
        return task;
    }
}
