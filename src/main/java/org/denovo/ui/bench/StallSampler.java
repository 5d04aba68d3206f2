package org.denovo.ui.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finds what froze the window: while no pulse has come for longer than a threshold, samples the stacks of the FX
 * and render threads every few milliseconds; {@link #report()} shows the longest stall's samples.
 */
final class StallSampler {
    private final Thread fxThread;
    private final Thread renderThread;
    private final AtomicLong lastPulse = new AtomicLong(System.nanoTime());
    private final long thresholdNanos;
    private final Map<Long, List<String>> samplesByStall = new HashMap<>();
    private volatile boolean running = true;

    StallSampler(Thread fxThread, long thresholdMillis) {
        this.fxThread = fxThread;
        this.thresholdNanos = thresholdMillis * 1_000_000;
        this.renderThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        Thread t = new Thread(this::loop, "stall-sampler");
        t.setDaemon(true);
        t.start();
    }

    void pulse(long now) {
        lastPulse.set(now);
    }

    void stop() {
        running = false;
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
            long stall = lastPulse.get();
            if (System.nanoTime() - stall > thresholdNanos) {
                record(stall, fxThread);
                if (renderThread != null) {
                    record(stall, renderThread);
                }
            }
        }
    }

    private void record(long stall, Thread thread) {
        StringBuilder key = new StringBuilder(" ").append(thread.getName());
        int shown = 0;
        for (StackTraceElement e : thread.getStackTrace()) {
            key.append("\n    ").append(e);
            if (++shown == 120) {
                break;
            }
        }
        synchronized (samplesByStall) {
            samplesByStall.computeIfAbsent(stall, k -> new ArrayList<>()).add(key.toString());
        }
    }

    String report() {
        List<String> longest;
        synchronized (samplesByStall) {
            longest = samplesByStall.values().stream().max((a, b) -> a.size() - b.size()).orElse(List.of());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        longest.forEach(k -> counts.merge(k, 1, Integer::sum));
        StringBuilder out = new StringBuilder("the longest stall, sampled every 5 ms:\n");
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
                .forEach(e -> out.append(e.getValue()).append(" samples:").append(e.getKey()).append('\n'));
        return out.toString();
    }
}
