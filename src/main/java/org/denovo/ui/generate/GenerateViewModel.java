package org.denovo.ui.generate;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.*;
import org.denovo.core.run.GenerateMolecules;
import org.denovo.core.run.GenerateRequest;
import org.denovo.core.work.CancelledException;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.task.BackgroundTask;

/**
 * The generate panel: the parameters goes to the core's generate use case, which streams scored molecules
 * into the table batch by batch; Cancel stops promptly and keeps what is done.
 */
public final class GenerateViewModel {
    private final WorkbenchServices services;
    private final MoleculeTableViewModel table;
    private final GenerateParameters parameters;
    private final ModelCardViewModel modelCard;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<BackgroundTask> task = new SimpleObjectProperty<>();
    private Consumer<Long> onRunStored = id -> { };
    private BiConsumer<Long, Integer> onRunGrew = (id, n) -> { };

    public GenerateViewModel(WorkbenchServices services, MoleculeTableViewModel table) {
        this.services = services;
        this.table = table;
        this.parameters = new GenerateParameters(services);
        this.modelCard = new ModelCardViewModel(services);
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
        GenerateRequest request = running.get() ? null : parameters.request(status::set);
        if (request == null) {
            return;
        }
        running.set(true);
        status.set("loading model…");
        TableFeed feed = new TableFeed(services.runner(), table, modelCard, id -> {
            status.set("sampling…");
            onRunStored.accept(id);
        }, (id, n) -> onRunGrew.accept(id, n));
        task.set(services.runner().submit(String.format("Generate %,d", request.count()), context ->
                new GenerateMolecules(services.models(), services.profiles(), services.library(), request, feed)
                        .run(context), outcome -> {
                    running.set(false);
                    table.applyRanks(outcome.ranks());
                    status.set(outcome.summary().describe());
                    onRunStored.accept(outcome.runId());
                }, error -> {
                    running.set(false);
                    boolean cancelled = error instanceof CancelledException;
                    status.set(cancelled ? String.format("cancelled; kept %,d molecules", table.allRows().size())
                            : "generation failed: " + error.getMessage());
                    if (cancelled && feed.runId() > 0) {
                        onRunStored.accept(feed.runId());
                    }
                }));
    }

    public void cancel() {
        if (task.get() != null && running.get()) {
            task.get().cancel();
        }
    }

    public GenerateParameters parameters() { return parameters; }
    public ModelCardViewModel modelCard() { return modelCard; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty runningProperty() { return running; }
    public ObjectProperty<BackgroundTask> taskProperty() { return task; }
}
