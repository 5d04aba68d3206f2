package org.denovo.ui.task;

import java.util.concurrent.Callable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.CancelledException;
import org.denovo.core.work.Progress;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/** Runs {@link Work} as JavaFX {@link Task}s on daemon threads; progress reports are coalesced per pulse. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    /** Long work (generate, import, rescore) at low OS priority, so the window stays responsive. */
    private final ExecutorService tracked = Executors.newCachedThreadPool(daemon("denovo-task", true));
    /** Short work a user waits for (3D coordinates, searches) at normal priority. */
    private final ExecutorService quick = Executors.newFixedThreadPool(2, daemon("denovo-quick", false));
    private final ObservableList<BackgroundTask> running = FXCollections.observableArrayList();

    @Override
    public <T> BackgroundTask submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Cancellation cancellation = new Cancellation();
        BackgroundTask handle = new BackgroundTask(title, cancellation);
        AtomicReference<Progress> pending = new AtomicReference<>();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new WorkContext(cancellation, p -> {
                    if (pending.getAndSet(p) == null) {
                        Platform.runLater(() -> handle.show(pending.getAndSet(null)));
                    }
                }));
            }
        };
        task.setOnSucceeded(e -> {
            running.remove(handle);
            handle.ended("done");
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(handle);
            Throwable error = task.getException();
            handle.ended(error instanceof CancelledException ? "cancelled" : "failed");
            onFailure.accept(error);
        });
        onUi(() -> running.add(handle));
        tracked.execute(task);
        return handle;
    }

    @Override
    public <T> void quietly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        quick.execute(() -> {
            try {
                T value = work.call();
                Platform.runLater(() -> onSuccess.accept(value));
            } catch (Throwable t) {
                Platform.runLater(() -> onFailure.accept(t));
            }
        });
    }

    @Override
    public void warmUp(Runnable work) {
        tracked.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException ignored) {
                // a warm-up that fails leaves the work it prepared to be done cold
            }
        });
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public ObservableList<BackgroundTask> running() {
        return running;
    }

    /**
     * Cancels all work and waits for it to end, so that what it uses (the generator model's native session) can be
     * closed safely. Returns false if some work was still running after {@code timeout}.
     */
    public boolean cancelAndWait(java.time.Duration timeout) throws InterruptedException {
        List.copyOf(running).forEach(BackgroundTask::cancel);
        tracked.shutdown();
        quick.shutdown();
        long deadline = System.nanoTime() + timeout.toNanos();
        return tracked.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                && quick.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        tracked.shutdownNow();
        quick.shutdownNow();
    }

    private static ThreadFactory daemon(String prefix, boolean background) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Runnable body = background ? () -> {
                BackgroundPriority.lowerCurrentThread();
                r.run();
            } : r;
            Thread t = new Thread(body, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
    }
}
