package org.denovo.ui.bench;

import java.util.Arrays;
import javafx.animation.AnimationTimer;

/** Records the gaps between JavaFX pulses: a long gap is a frozen window. Start and stop on the FX thread. */
public final class PulseMonitor extends AnimationTimer {
    private long last;
    private long[] gaps = new long[4096];
    private int count;

    @Override
    public void handle(long now) {
        if (last != 0) {
            if (count == gaps.length) {
                gaps = Arrays.copyOf(gaps, count * 2);
            }
            gaps[count++] = now - last;
        }
        last = now;
    }

    public int pulses() {
        return count;
    }

    public double maxMillis() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, gaps[i]);
        }
        return max / 1e6;
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
