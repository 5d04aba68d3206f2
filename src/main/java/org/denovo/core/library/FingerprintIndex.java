package org.denovo.core.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Every molecule's ECFP4 held in memory as one flat {@code long[]} (32 words per molecule) with its bit
 * count, for bit-parallel Tanimoto scans. Appends are cheap; removals rebuild. Thread-safe.
 */
final class FingerprintIndex {
    static final int WORDS = 32;
    private long[] ids = new long[1024];
    private int[] counts = new int[1024];
    private long[] words = new long[1024 * WORDS];
    private int size;

    record Scored(long id, double similarity) {
    }

    synchronized void clear() {
        size = 0;
    }

    synchronized int size() {
        return size;
    }

    synchronized long maxId() {
        return size == 0 ? 0 : ids[size - 1];
    }

    /** Ids must arrive in increasing order (row ids), so {@link #maxId} finds what is new. */
    synchronized void add(long id, long[] fp) {
        if (size == ids.length) {
            int n = ids.length * 2;
            ids = Arrays.copyOf(ids, n);
            counts = Arrays.copyOf(counts, n);
            words = Arrays.copyOf(words, n * WORDS);
        }
        int count = 0;
        for (int w = 0; w < WORDS; w++) {
            long v = w < fp.length ? fp[w] : 0L;
            words[size * WORDS + w] = v;
            count += Long.bitCount(v);
        }
        ids[size] = id;
        counts[size] = count;
        size++;
    }

    /**
     * The {@code top} most similar with similarity at least {@code min}, best first (ties: lower id first).
     * Large indexes are scanned in parallel slices; a molecule whose bit count alone bounds its Tanimoto
     * below the current cut-off (min(a, b) / max(a, b)) is skipped without comparing words.
     */
    synchronized List<Scored> search(long[] query, double min, int top) {
        long[] q = Arrays.copyOf(query, WORDS);
        int qCount = 0;
        for (long v : q) {
            qCount += Long.bitCount(v);
        }
        int limit = top <= 0 ? Integer.MAX_VALUE : top;
        int slices = size < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
        int count = qCount;
        List<Scored> merged = new ArrayList<>();
        IntStream.range(0, slices).parallel()
                .mapToObj(s -> scan(q, count, min, limit, (int) ((long) size * s / slices), (int) ((long) size * (s + 1) / slices)))
                .forEachOrdered(merged::addAll);
        merged.sort(BEST_FIRST);
        return merged.size() > limit ? new ArrayList<>(merged.subList(0, limit)) : merged;
    }

    private static final int PARALLEL_FROM = 100_000;
    private static final Comparator<Scored> BEST_FIRST = (a, b) -> a.similarity() != b.similarity()
            ? Double.compare(b.similarity(), a.similarity()) : Long.compare(a.id(), b.id());

    private List<Scored> scan(long[] q, int qCount, double min, int limit, int from, int to) {
        PriorityQueue<Scored> best = new PriorityQueue<>((a, b) -> a.similarity() != b.similarity()
                ? Double.compare(a.similarity(), b.similarity()) : Long.compare(b.id(), a.id()));
        double cutoff = min;
        for (int i = from; i < to; i++) {
            int c = counts[i];
            if (Math.min(c, qCount) < cutoff * Math.max(c, qCount) - 1e-9) { // bound below the cut-off
                continue;
            }
            int base = i * WORDS;
            int common = 0;
            for (int w = 0; w < WORDS; w++) {
                common += Long.bitCount(words[base + w] & q[w]);
            }
            int union = qCount + c - common;
            double sim = union == 0 ? 0.0 : (double) common / union;
            if (sim < min) {
                continue;
            }
            if (best.size() < limit) {
                best.add(new Scored(ids[i], sim));
            } else if (sim > best.peek().similarity()) {
                best.poll();
                best.add(new Scored(ids[i], sim));
            }
            if (best.size() == limit) {
                cutoff = Math.max(min, best.peek().similarity());
            }
        }
        return new ArrayList<>(best);
    }
}
