package org.denovo.core.work;

/** Receives progress from running work; called on the worker thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);
}
