package org.denovo.core.run;

import java.util.List;
import org.denovo.core.generate.Sample;

/** Receives a generate run's results as they arrive, batch by batch, on the run's thread. */
public interface GenerateListener {
    /** Every sampled string of the batch, valid or not, in sampling order. */
    default void samples(List<Sample> batch) throws Exception {
    }

    /** The batch's valid molecules not seen earlier in the run, scored. */
    default void molecules(List<GeneratedMolecule> batch) throws Exception {
    }
}
