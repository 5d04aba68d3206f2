package org.denovo.core.work;

/** Thrown by work that noticed its cancellation token. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
