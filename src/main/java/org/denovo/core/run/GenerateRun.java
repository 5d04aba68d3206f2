package org.denovo.core.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.NoveltyIndex;
import org.denovo.core.generate.Sample;
import org.denovo.core.generate.Sampler;
import org.denovo.core.generate.SamplingOptions;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/**
 * Sample, then for each batch: validate and canonicalise through the chemistry core, drop molecules seen
 * earlier in the run, mark novelty against the training set, compute properties and alerts, and score.
 * Results go to the listener batch by batch, so a table or the library can show and store them as they come.
 *
 * <p>Sampling and analysis overlap: a sampler thread fills a short queue while the calling thread analyses
 * the batch before, so the model and the chemistry each keep a core busy. Batches are still handled in
 * sampling order, so a seed gives the same molecules whatever the thread counts.
 */
public final class GenerateRun implements Work<GenerateSummary> {
    /** Sampled batches waiting for analysis; bounds memory and the work left after a cancel. */
    private static final int QUEUED_BATCHES = 2;
    private final GeneratorModel model;
    private final SamplingOptions options;
    private final Profile profile;
    private final int threads;
    private final GenerateListener listener;

    /**
     * @param threads the run's share of the cores: {@link #analysisThreads} of them analyse, and the model
     *                should have been loaded with {@link #samplerThreads} of them
     */
    public GenerateRun(GeneratorModel model, SamplingOptions options, Profile profile, int threads, GenerateListener listener) {
        this.model = model;
        this.options = options;
        this.profile = profile;
        this.threads = threads;
        this.listener = listener;
    }

    /** ONNX Runtime threads for a run given {@code threads} cores: half, as sampling and analysis overlap. */
    public static int samplerThreads(int threads) {
        return Math.max(1, threads / 2);
    }

    /** Analysis threads while the sampler is busy and keeping up: the cores the sampler does not use. */
    public static int analysisThreads(int threads) {
        return Math.max(1, threads - samplerThreads(threads));
    }

    @Override
    public GenerateSummary run(WorkContext context) throws Exception {
        long start = System.nanoTime();
        long[] counts = new long[4]; // sampled, valid, novel, unfinished
        Set<String> seen = new HashSet<>();
        NoveltyIndex novelty = model.novelty();
        BlockingQueue<List<Sample>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        AtomicReference<Throwable> samplerFailure = new AtomicReference<>();
        WorkContext samplerContext = new WorkContext(context.cancellation(), ProgressListener.NONE);
        Thread sampler = new Thread(() -> {
            try {
                new Sampler(model).sample(options, queue::put, samplerContext);
            } catch (Throwable t) {
                samplerFailure.set(t);
            }
        }, "sampler");
        sampler.setDaemon(true);
        sampler.start();
        try (ParallelAnalyzer analyzer = new ParallelAnalyzer(Math.max(1, threads), true)) {
            while (true) {
                List<Sample> batch = queue.poll(50, TimeUnit.MILLISECONDS);
                if (batch == null) {
                    if (!sampler.isAlive() && queue.isEmpty()) {
                        break;
                    }
                    continue;
                }
                context.checkCancelled();
                // all cores once samples wait (a fast model) or the sampler is done; else leave the sampler its share
                boolean analysisBehind = !queue.isEmpty() || !sampler.isAlive();
                analyse(batch, analyzer, analysisBehind ? threads : analysisThreads(threads), counts, seen, novelty);
                context.report(counts[0], options.count(), "sampled");
            }
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        rethrow(samplerFailure.get());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new GenerateSummary(counts[0], counts[1], seen.size(), novelty.isEmpty() ? -1 : counts[2], counts[3],
                seconds, options.seed());
    }

    private void analyse(List<Sample> batch, ParallelAnalyzer analyzer, int parallelism, long[] counts,
                         Set<String> seen, NoveltyIndex novelty) throws Exception {
        listener.samples(batch);
        List<InputRecord> records = new ArrayList<>(batch.size());
        for (Sample s : batch) {
            counts[0]++;
            if (!s.finished()) {
                counts[3]++;
            }
            records.add(new InputRecord(s.index() + 1, s.index() + 1, Notation.SMILES, s.smiles(), "",
                    Map.of(), s.finished() && !s.smiles().isEmpty() ? null : "unfinished or empty sample"));
        }
        List<GeneratedMolecule> fresh = new ArrayList<>();
        for (Analysis a : analyzer.analyze(records, parallelism)) {
            if (!(a instanceof Analysis.Success ok)) {
                continue;
            }
            counts[1]++;
            AnalyzedMolecule m = ok.molecule();
            if (!seen.add(m.smiles())) {
                continue;
            }
            boolean novel = !novelty.isEmpty() && !novelty.contains(m.smiles());
            if (novel) {
                counts[2]++;
            }
            long index = a.record().number() - 1;
            Map<String, String> tags = new LinkedHashMap<>(); // in this order in every output file
            tags.put("sample_index", Long.toString(index + 1));
            tags.put("novel", novelty.isEmpty() ? "unknown" : novel ? "1" : "0");
            AnalyzedMolecule named = m.withName("gen-" + (index + 1)).withTags(tags);
            fresh.add(new GeneratedMolecule(index, novel, new ScoredMolecule(named, profile.score(named), 0)));
        }
        listener.molecules(fresh);
    }

    private static void rethrow(Throwable failure) throws Exception {
        if (failure == null) {
            return;
        }
        if (failure instanceof Exception e) {
            throw e;
        }
        throw (Error) failure;
    }
}
