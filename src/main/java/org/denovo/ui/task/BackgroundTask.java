package org.denovo.ui.task;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.Progress;

/** One piece of background work as the task bar shows it: title, progress, rate and time left, and cancel. */
public final class BackgroundTask {
    private final String title;
    private final Cancellation cancellation;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("starting");
    private final BooleanProperty running = new SimpleBooleanProperty(true);
    private final long started = System.nanoTime();

    public BackgroundTask(String title, Cancellation cancellation) {
        this.title = title;
        this.cancellation = cancellation;
    }

    public String title() {
        return title;
    }

    public void cancel() {
        cancellation.cancel();
        message.set("cancelling");
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Shows a progress report; call on the UI thread. */
    void show(Progress p) {
        if (isCancelled()) {
            return;
        }
        progress.set(p.fraction());
        message.set(describe(p, (System.nanoTime() - started) / 1e9));
    }

    void ended(String finalMessage) {
        running.set(false);
        progress.set(1);
        message.set(finalMessage);
    }

    /** "3,584 / 10,000 sampled · 1,250/s · 5 s left". */
    static String describe(Progress p, double seconds) {
        StringBuilder s = new StringBuilder();
        if (p.total() > 0) {
            s.append(String.format("%,d / %,d", p.done(), p.total()));
        } else {
            s.append(String.format("%,d", p.done()));
        }
        if (p.message() != null && !p.message().isBlank()) {
            s.append(' ').append(p.message());
        }
        if (seconds > 0.5 && p.done() > 0) {
            double rate = p.done() / seconds;
            s.append(String.format(" · %,.0f/s", rate));
            if (p.total() > p.done()) {
                s.append(" · ").append(duration((p.total() - p.done()) / rate)).append(" left");
            }
        }
        return s.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
