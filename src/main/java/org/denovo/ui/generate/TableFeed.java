package org.denovo.ui.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import org.denovo.core.generate.ModelCard;
import org.denovo.core.run.GenerateMolecules;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;
import org.denovo.ui.task.TaskRunner;

/** Streams a generate run into the table: called on the run's thread, it hands each step to the UI thread. */
final class TableFeed implements GenerateMolecules.Listener {
    private final TaskRunner runner;
    private final MoleculeTableViewModel table;
    private final ModelCardViewModel card;
    private final LongConsumer started;
    private final BiConsumer<Long, Integer> grew;
    private volatile long runId;

    TableFeed(TaskRunner runner, MoleculeTableViewModel table, ModelCardViewModel card, LongConsumer started,
              BiConsumer<Long, Integer> grew) {
        this.runner = runner;
        this.table = table;
        this.card = card;
        this.started = started;
        this.grew = grew;
    }

    /** The library id of the run, or 0 before it started. */
    long runId() {
        return runId;
    }

    @Override
    public void started(long id, String name, ModelCard model, long seed) {
        runId = id;
        runner.onUi(() -> {
            card.show(model);
            table.show(name, id, List.of());
            started.accept(id);
        });
    }

    @Override
    public void molecules(List<ScoredMolecule> batch, List<Long> ids) {
        List<MoleculeRow> rows = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            rows.add(new MoleculeRow(ids.get(i), runId, batch.get(i), false, 0, List.of(), ""));
        }
        long id = runId;
        runner.onUi(() -> {
            table.append(rows);
            grew.accept(id, rows.size());
        });
    }
}
