package org.denovo.core.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.alerts.AlertCatalog;
import org.denovo.core.chem.SaScorer;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.work.CancelledException;
import org.denovo.core.work.WorkContext;

/**
 * Streams records through the chemistry core on a fixed pool: reads in batches, analyses batches in
 * parallel (one analyser and its CDK objects per thread), and hands results to the sink in input order.
 * At most {@code 2 * threads} batches are in flight, so memory stays flat for any input size.
 */
public final class AnalysisPipeline {
    public static final int DEFAULT_BATCH = 256;
    private final int threads;
    private final int batchSize;
    private final boolean inchiKeys;

    public AnalysisPipeline(int threads, int batchSize, boolean inchiKeys) {
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
        this.inchiKeys = inchiKeys;
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Runs to the end of {@code records}; returns the number of records processed. */
    public long run(Iterator<InputRecord> records, BatchSink sink, WorkContext context) throws Exception {
        AlertCatalog alerts = AlertCatalog.loadDefault();
        SaScorer sa = SaScorer.loadDefault();
        ThreadLocal<MoleculeAnalyzer> analyzers = ThreadLocal.withInitial(() -> new MoleculeAnalyzer(alerts, sa, inchiKeys));
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analysis-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<Analysis>>> inFlight = new ArrayDeque<>();
        long processed = 0;
        try {
            while (records.hasNext()) {
                context.checkCancelled();
                List<InputRecord> batch = new ArrayList<>(batchSize);
                while (batch.size() < batchSize && records.hasNext()) {
                    batch.add(records.next());
                }
                inFlight.add(pool.submit(() -> analyze(batch, analyzers.get(), context)));
                while (inFlight.size() >= 2 * threads) {
                    processed += deliver(inFlight.removeFirst(), sink);
                    context.report(processed, -1, "analysed");
                }
            }
            while (!inFlight.isEmpty()) {
                context.checkCancelled();
                processed += deliver(inFlight.removeFirst(), sink);
                context.report(processed, -1, "analysed");
            }
            return processed;
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static List<Analysis> analyze(List<InputRecord> batch, MoleculeAnalyzer analyzer, WorkContext context) {
        List<Analysis> out = new ArrayList<>(batch.size());
        for (InputRecord r : batch) {
            if (context.cancellation().isCancelled()) {
                throw new CancelledException();
            }
            out.add(analyzer.analyze(r));
        }
        return out;
    }

    private static int deliver(Future<List<Analysis>> future, BatchSink sink) throws Exception {
        List<Analysis> batch;
        try {
            batch = future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
        sink.accept(batch);
        return batch.size();
    }
}
