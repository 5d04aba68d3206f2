package org.denovo.ui.bench;

import java.util.Arrays;
import javafx.animation.AnimationTimer;

/** Records the gaps between JavaFX pulses: a long gap is a frozen window. Start and stop on the FX thread. */
public final class PulseMonitor extends AnimationTimer {
    private long last;
    private long[] gaps = new long[4096];
    private int count;
    private long worstAt;
    private long worstGap;

    private StallSampler stalls;

    /** Also samples the FX thread's stack whenever no pulse has come for {@code thresholdMillis}. */
    public void sampleStallsOver(long thresholdMillis) {
        stalls = new StallSampler(Thread.currentThread(), thresholdMillis);
    }

    /** The stacks seen during stalls, most frequent first, or "" without {@link #sampleStallsOver}. */
    public String stallSummary() {
        return stalls == null ? "" : stalls.summary();
    }

    public String stallReport() {
        return stalls == null ? "" : stalls.report();
    }

    @Override
    public void stop() {
        super.stop();
        if (stalls != null) {
            stalls.stop();
        }
    }

    @Override
    public void handle(long now) {
        if (stalls != null) {
            stalls.pulse(System.nanoTime());
        }
        if (last != 0) {
            if (count == gaps.length) {
                gaps = Arrays.copyOf(gaps, count * 2);
            }
            gaps[count++] = now - last;
            if (now - last > worstGap) {
                worstGap = now - last;
                worstAt = now;
            }
        }
        last = now;
    }

    /** When the longest gap ended, as {@link System#nanoTime()}. */
    public long worstAtNanos() {
        return worstAt;
    }

    /** The {@code n} longest gaps in milliseconds, longest first. */
    public double[] longestMillis(int n) {
        long[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        double[] out = new double[Math.min(n, count)];
        for (int i = 0; i < out.length; i++) {
            out[i] = sorted[count - 1 - i] / 1e6;
        }
        return out;
    }

    public int pulses() {
        return count;
    }

    public double maxMillis() {
        return worstGap / 1e6;
    }

    /** The gap that {@code fraction} of pulses stay under, e.g. 0.99. */
    public double percentileMillis(double fraction) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        return sorted[Math.min(count - 1, (int) Math.floor(fraction * count))] / 1e6;
    }
}
