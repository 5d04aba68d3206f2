package org.denovo.ui.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finds what froze the window: samples the stacks of the FX and render threads every few milliseconds from each
 * pulse on, and keeps a period's samples when the next pulse came later than a threshold; {@link #report()}
 * shows the longest stall's samples, from its start.
 */
final class StallSampler {
    private static final long SAMPLE_MILLIS = 3;
    private static final int STACK_DEPTH = Integer.getInteger("denovo.pulse.stackDepth", 14);
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
        long previous = lastPulse.getAndSet(now);
        if (now - previous <= thresholdNanos) {
            synchronized (samplesByStall) {
                samplesByStall.remove(previous);
            }
        }
    }

    void stop() {
        running = false;
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long stall = lastPulse.get();
            record(stall, fxThread);
            if (renderThread != null) {
                record(stall, renderThread);
            }
        }
    }

    private void record(long stall, Thread thread) {
        StringBuilder key = new StringBuilder(" ").append(thread.getName());
        int shown = 0;
        for (StackTraceElement e : thread.getStackTrace()) {
            key.append("\n    ").append(e);
            if (++shown == STACK_DEPTH) {
                break;
            }
        }
        synchronized (samplesByStall) {
            samplesByStall.computeIfAbsent(stall, k -> new ArrayList<>()).add(key.toString());
        }
    }

    String summary() {
        StringBuilder out = new StringBuilder();
        synchronized (samplesByStall) {
            new java.util.TreeMap<>(samplesByStall).forEach((stall, samples) -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (String sample : samples) {
                    if (!sample.startsWith(" " + fxThread.getName())) continue;
                    String[] lines = sample.split("\n");
                    String key = lines.length > 1 ? lines[1].trim() : "?";
                    for (String l : lines) if (l.contains("org.denovo")) { key = l.trim() + " <- " + (lines.length > 1 ? lines[1].trim() : ""); break; }
                    counts.merge(key, 1, Integer::sum);
                }
                out.append("STALL at ").append(stall / 1_000_000).append(" samples ").append(samples.size()).append('\n');
                counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                        .forEach(e -> out.append("   ").append(e.getValue()).append(" ").append(e.getKey()).append('\n'));
            });
        }
        return out.toString();
    }

    String report() {
        List<String> longest;
        synchronized (samplesByStall) {
            long latest = lastPulse.get();
            longest = samplesByStall.entrySet().stream().filter(e -> e.getKey() != latest)
                    .map(Map.Entry::getValue).max((a, b) -> a.size() - b.size()).orElse(List.of());
        }
        StringBuilder out = new StringBuilder("the longest stall, sampled every " + SAMPLE_MILLIS
                + " ms from its start, in order (xN: the same stack N times in a row):\n");
        List<String> ordered = new ArrayList<>();
        longest.stream().filter(k -> k.startsWith(" " + fxThread.getName())).forEach(ordered::add);
        longest.stream().filter(k -> !k.startsWith(" " + fxThread.getName())).forEach(ordered::add);
        String previous = null;
        int repeats = 0;
        for (String sample : ordered) {
            if (sample.equals(previous)) {
                repeats++;
                continue;
            }
            if (previous != null) {
                out.append('x').append(repeats).append(previous).append('\n');
            }
            previous = sample;
            repeats = 1;
        }
        if (previous != null) {
            out.append('x').append(repeats).append(previous).append('\n');
        }
        return out.toString();
    }
}
