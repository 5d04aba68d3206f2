package org.denovo.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import org.denovo.core.work.Work;

/**
 * The one way ViewModels run work off the UI thread. Callbacks always arrive on the UI thread.
 * The workbench uses {@link FxTaskRunner}; ViewModel tests use {@link ImmediateTaskRunner}.
 */
public interface TaskRunner {
    /**
     * Runs tracked work: it appears in the task bar with progress and cancel.
     * {@code onFailure} receives {@link org.denovo.core.work.CancelledException} when the user cancelled.
     */
    <T> BackgroundTask submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs quick untracked work (a depiction, a detail lookup) off the UI thread; latest-first is not implied. */
    <T> void quietly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs untracked warm-up work that nothing waits for (loading tables, compiling code paths) at low OS
     * priority, so that it takes no time from the window; failures are ignored.
     */
    default void warmUp(Runnable work) {
        quietly(() -> {
            work.run();
            return null;
        }, ignored -> { }, ignored -> { });
    }

    /** Runs an action on the UI thread (now, if already on it). */
    void onUi(Runnable action);

    /** Tracked work still running, for the task bar. */
    ObservableList<BackgroundTask> running();
}
