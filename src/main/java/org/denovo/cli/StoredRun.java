package org.denovo.cli;

import java.util.List;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryException;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunMember;
import org.denovo.core.library.RunStatus;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.CancelledException;

/** A command's run being written to the library batch by batch; ends finished, cancelled or failed. */
final class StoredRun {
    private final Library library;
    private final long id;

    private StoredRun(Library library, long id) {
        this.library = library;
        this.id = id;
    }

    static StoredRun start(Library library, RunInfo info) throws LibraryException {
        return new StoredRun(library, library.startRun(info));
    }

    long id() {
        return id;
    }

    void append(List<ScoredMolecule> batch) throws LibraryException {
        if (!batch.isEmpty()) {
            library.appendBatch(id, batch.stream().map(RunMember::of).toList());
        }
    }

    void finish() throws LibraryException {
        library.finishRun(id, RunStatus.FINISHED);
    }

    /** Records why the run ended early; a failure to do so must not hide the original error. */
    void fail(Exception cause) {
        try {
            library.finishRun(id, cause instanceof CancelledException ? RunStatus.CANCELLED : RunStatus.FAILED);
        } catch (LibraryException e) {
            cause.addSuppressed(e);
        }
    }
}
