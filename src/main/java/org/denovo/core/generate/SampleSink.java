package org.denovo.core.generate;

import java.util.List;

/** Receives sampled strings batch by batch, in sampling order, on the sampling thread. */
@FunctionalInterface
public interface SampleSink {
    void accept(List<Sample> batch) throws Exception;
}
