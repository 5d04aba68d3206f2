package org.denovo.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.CancelledException;
import org.denovo.core.work.WorkContext;
import org.denovo.core.work.Work;

/** Runs everything at once on the calling thread: for ViewModel tests, where results must be there on return. */
public final class ImmediateTaskRunner implements TaskRunner {
    private final ObservableList<BackgroundTask> running = FXCollections.observableArrayList();
    private Cancellation nextCancellation = new Cancellation();

    /** The token the next submitted work gets; lets a test cancel work from inside a callback. */
    public Cancellation nextCancellation() {
        return nextCancellation;
    }

    @Override
    public <T> BackgroundTask submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Cancellation cancellation = nextCancellation;
        nextCancellation = new Cancellation();
        BackgroundTask handle = new BackgroundTask(title, cancellation);
        running.add(handle);
        T value;
        try {
            value = work.run(new WorkContext(cancellation, handle::show));
        } catch (Throwable t) {
            running.remove(handle);
            handle.ended(t instanceof CancelledException ? "cancelled" : "failed");
            onFailure.accept(t);
            return handle;
        }
        running.remove(handle);
        handle.ended("done");
        onSuccess.accept(value);
        return handle;
    }

    @Override
    public <T> void quietly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T value;
        try {
            value = work.call();
        } catch (Throwable t) {
            onFailure.accept(t);
            return;
        }
        onSuccess.accept(value);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public ObservableList<BackgroundTask> running() {
        return running;
    }
}
