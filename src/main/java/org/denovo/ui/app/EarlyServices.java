package org.denovo.ui.app;

import java.util.concurrent.CompletableFuture;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.task.FxTaskRunner;

/**
 * The window's services (task runner, library, settings), opened on a background thread by the launcher while the
 * JavaFX toolkit starts, and taken by {@link WorkbenchApp#init()}. Without the launcher (tests) they open in init.
 */
final class EarlyServices {
    /** A task runner and the services on it, or why they could not be opened. */
    record Opened(FxTaskRunner runner, WorkbenchServices services, Exception error) {
    }

    private static CompletableFuture<Opened> opening;

    private EarlyServices() {
    }

    /** Starts opening them, once. */
    static synchronized void start() {
        if (opening == null) {
            opening = CompletableFuture.supplyAsync(EarlyServices::open);
        }
    }

    /** The services the launcher started opening, or opened now if it did not; each opening is taken once. */
    static Opened take() {
        CompletableFuture<Opened> started;
        synchronized (EarlyServices.class) {
            started = opening;
            opening = null;
        }
        return started != null ? started.join() : open();
    }

    private static Opened open() {
        FxTaskRunner runner = new FxTaskRunner();
        try {
            return new Opened(runner, WorkbenchServices.open(runner), null);
        } catch (Exception e) {
            return new Opened(runner, null, e);
        }
    }
}
