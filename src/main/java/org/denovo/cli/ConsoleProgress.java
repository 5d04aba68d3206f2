package org.denovo.cli;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Locale;
import org.denovo.core.work.Progress;
import org.denovo.core.work.ProgressListener;

/**
 * A progress line on stderr: rewritten in place on a terminal, or a plain line every few seconds
 * when stderr is a file or a pipe (CI logs).
 */
final class ConsoleProgress implements ProgressListener {
    private final PrintWriter err;
    private final String unit;
    private final boolean interactive = System.console() != null;
    private final long start = System.nanoTime();
    private long lastPrint;
    private boolean printed;

    ConsoleProgress(PrintWriter err, String unit) {
        this.err = err;
        this.unit = unit;
    }

    @Override
    public synchronized void onProgress(Progress p) {
        long now = System.nanoTime();
        long interval = interactive ? 200_000_000L : 5_000_000_000L;
        if (now - lastPrint < interval) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        StringBuilder line = new StringBuilder();
        line.append(p.message() == null ? "" : p.message() + " ").append(n.format(p.done()));
        if (p.total() > 0) {
            line.append(" / ").append(n.format(p.total()))
                    .append(String.format(Locale.US, " (%.0f%%)", 100 * p.fraction()));
        }
        line.append(' ').append(unit).append(", ").append(n.format(Math.round(p.done() / Math.max(seconds, 1e-3))))
                .append('/').append("s");
        if (p.total() > 0 && p.done() > 0) {
            double remaining = seconds * (p.total() - p.done()) / p.done();
            line.append(String.format(Locale.US, ", %.0f s left", remaining));
        }
        if (interactive) {
            err.print("\r" + line + "    ");
        } else {
            err.println(line);
        }
        err.flush();
        printed = true;
    }

    /** Ends the in-place line so the summary starts on a fresh one. */
    synchronized void finish() {
        if (interactive && printed) {
            err.print("\r" + " ".repeat(78) + "\r");
            err.flush();
        }
    }
}
