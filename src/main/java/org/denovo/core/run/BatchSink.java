package org.denovo.core.run;

import java.util.List;
import org.denovo.core.chem.Analysis;

/** Receives analysed batches in input order, on the calling thread of the pipeline. */
@FunctionalInterface
public interface BatchSink {
    void accept(List<Analysis> batch) throws Exception;
}
