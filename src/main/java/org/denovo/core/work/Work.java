package org.denovo.core.work;

/** A unit of background work: reports progress and honours cancellation. Runs on any thread. */
@FunctionalInterface
public interface Work<T> {
    T run(WorkContext context) throws Exception;
}
