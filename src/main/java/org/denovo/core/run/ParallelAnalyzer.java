package org.denovo.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.SaScorer;
import org.denovo.core.chem.alerts.AlertCatalog;
import org.denovo.core.chem.InputRecord;

/** Analyses one batch of records at a time on a fixed pool, one analyser per thread; results in input order. */
public final class ParallelAnalyzer implements AutoCloseable {
    private final int threads;
    private final ExecutorService pool;
    private final ThreadLocal<MoleculeAnalyzer> analyzers;

    public ParallelAnalyzer(int threads, boolean inchiKeys) {
        this.threads = Math.max(1, threads);
        AlertCatalog alerts = AlertCatalog.loadDefault();
        SaScorer sa = SaScorer.loadDefault();
        this.analyzers = ThreadLocal.withInitial(() -> new MoleculeAnalyzer(alerts, sa, inchiKeys));
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public List<Analysis> analyze(List<InputRecord> records) throws InterruptedException {
        return analyze(records, threads);
    }

    /** As {@link #analyze(List)} on at most {@code parallelism} of the pool's threads (1: one thread, one task). */
    public List<Analysis> analyze(List<InputRecord> records, int parallelism) throws InterruptedException {
        int tasks = Math.min(threads, Math.max(1, parallelism));
        int chunk = tasks == 1 ? Math.max(1, records.size()) : Math.max(1, (records.size() + tasks * 4 - 1) / (tasks * 4));
        List<Future<List<Analysis>>> parts = new ArrayList<>();
        for (int from = 0; from < records.size(); from += chunk) {
            List<InputRecord> slice = records.subList(from, Math.min(records.size(), from + chunk));
            parts.add(pool.submit(() -> {
                MoleculeAnalyzer a = analyzers.get();
                List<Analysis> out = new ArrayList<>(slice.size());
                for (InputRecord r : slice) {
                    out.add(a.analyze(r));
                }
                return out;
            }));
        }
        List<Analysis> all = new ArrayList<>(records.size());
        for (Future<List<Analysis>> f : parts) {
            try {
                all.addAll(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
            }
        }
        return all;
    }

    /** Analyses one record on the pool, for a caller that does other work meanwhile. */
    public Future<Analysis> submit(InputRecord record) {
        return pool.submit(() -> analyzers.get().analyze(record));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
