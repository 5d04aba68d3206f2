package org.denovo.core.io;

import java.io.Closeable;
import java.io.IOException;
import org.denovo.core.score.ScoredMolecule;

/** Where ranked molecules are written, one at a time, in the order given. Not thread-safe. */
public interface ExportSink extends Closeable {
    void write(ScoredMolecule molecule) throws IOException;
}
