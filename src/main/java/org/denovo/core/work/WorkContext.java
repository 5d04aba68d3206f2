package org.denovo.core.work;

/** What running work sees: its cancellation token and where to report progress. */
public record WorkContext(Cancellation cancellation, ProgressListener listener) {
    public static WorkContext synchronous() {
        return new WorkContext(new Cancellation(), ProgressListener.NONE);
    }

    public void report(long done, long total, String message) {
        listener.onProgress(new Progress(done, total, message));
    }

    public void checkCancelled() {
        cancellation.throwIfCancelled();
    }
}
