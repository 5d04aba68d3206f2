package org.denovo.core.library;

import java.util.List;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.CancelledException;

/** A run (from the CLI or the workbench) being written to the library batch by batch; ends finished, cancelled or failed. */
public final class StoredRun {
    private final Library library;
    private final long id;

    private StoredRun(Library library, long id) {
        this.library = library;
        this.id = id;
    }

    public static StoredRun start(Library library, RunInfo info) throws LibraryException {
        return new StoredRun(library, library.startRun(info));
    }

    public long id() {
        return id;
    }

    /** Stores the batch; returns the library ids of its molecules, in order. */
    public List<Long> append(List<ScoredMolecule> batch) throws LibraryException {
        return batch.isEmpty() ? List.of() : library.appendBatch(id, batch.stream().map(RunMember::of).toList());
    }

    /** Stores the batch with each molecule's round and parent; returns the library ids of its molecules, in order. */
    public List<Long> appendMembers(List<RunMember> batch) throws LibraryException {
        return batch.isEmpty() ? List.of() : library.appendBatch(id, batch);
    }

    /** Sets the ranks of the run's molecules ({@code ranks[i]} for {@code ids.get(i)}). */
    public void rank(List<Long> ids, int[] ranks) throws LibraryException {
        library.setRanks(id, ids, ranks);
    }

    public void finish() throws LibraryException {
        library.finishRun(id, RunStatus.FINISHED);
    }

    /** Finishes a generating run, recording how many strings it sampled and how many were valid. */
    public void finish(long sampled, long valid) throws LibraryException {
        library.finishRun(id, RunStatus.FINISHED, sampled, valid);
    }

    /** Records why the run ended early; a failure to do so must not hide the original error. */
    public void fail(Exception cause) {
        try {
            library.finishRun(id, cause instanceof CancelledException ? RunStatus.CANCELLED : RunStatus.FAILED);
        } catch (LibraryException e) {
            cause.addSuppressed(e);
        }
    }
}
