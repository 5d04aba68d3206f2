package org.denovo.core.metrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Canonicalizer;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.NoveltyIndex;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;
import org.denovo.core.run.ParallelAnalyzer;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/**
 * Reads raw samples (one string per line, empty lines are invalid samples), analyses them, and computes
 * {@link DistributionMetrics} against an optional training set (SMILES file, or a model folder's training keys)
 * and an optional reference set.
 */
public final class MetricsRun implements Work<DistributionMetrics> {
    private static final int BATCH = 1024;
    /** Training molecules analysed for the training set's IntDiv1 and Filters pass rate. */
    public static final int TRAINING_SAMPLE = 10_000;
    private final Path samples;
    private final Path training;
    private final Path reference;
    private final int threads;

    public MetricsRun(Path samples, Path training, Path reference, int threads) {
        this.samples = samples;
        this.training = training;
        this.reference = reference;
        this.threads = Math.max(1, threads);
    }

    @Override
    public DistributionMetrics run(WorkContext context) throws Exception {
        List<String> lines = readLines(samples, false);
        List<AnalyzedMolecule> valid = new ArrayList<>();
        List<AnalyzedMolecule> referenceMolecules = null;
        double[] trainingStats = null;
        try (ParallelAnalyzer analyzer = new ParallelAnalyzer(threads, false)) {
            if (training != null && !Files.isDirectory(training)) {
                List<String> all = readLines(training, true);
                List<String> sample = new ArrayList<>();
                double step = Math.max(1.0, all.size() / (double) TRAINING_SAMPLE);
                for (double i = 0; i < all.size() && sample.size() < TRAINING_SAMPLE; i += step) {
                    sample.add(all.get((int) i));
                }
                List<AnalyzedMolecule> trainingMolecules = new ArrayList<>();
                analyse(sample, analyzer, trainingMolecules, context, "training sample analysed");
                trainingStats = MetricsCalculator.diversityAndFilters(trainingMolecules);
            }
            analyse(lines, analyzer, valid, context, "samples analysed");
            if (reference != null) {
                List<AnalyzedMolecule> ref = new ArrayList<>();
                analyse(readLines(reference, true), analyzer, ref, context, "reference analysed");
                Map<String, AnalyzedMolecule> unique = new java.util.LinkedHashMap<>();
                ref.forEach(m -> unique.putIfAbsent(m.smiles(), m));
                referenceMolecules = new ArrayList<>(unique.values());
            }
        }
        Predicate<String> known = training == null ? null : trainingSet(context);
        DistributionMetrics metrics = MetricsCalculator.compute(lines.size(), valid, known, referenceMolecules);
        return trainingStats == null ? metrics : metrics.withTraining(trainingStats[0], trainingStats[1]);
    }

    private void analyse(List<String> smiles, ParallelAnalyzer analyzer, List<AnalyzedMolecule> out, WorkContext context,
                         String message) throws InterruptedException {
        for (int from = 0; from < smiles.size(); from += BATCH) {
            context.checkCancelled();
            List<InputRecord> batch = new ArrayList<>();
            for (int i = from; i < Math.min(smiles.size(), from + BATCH); i++) {
                String s = smiles.get(i);
                batch.add(s.isEmpty() ? InputRecord.failed(i + 1, i + 1, Notation.SMILES, "", "empty sample")
                        : new InputRecord(i + 1, i + 1, Notation.SMILES, s, "", Map.of(), null));
            }
            for (Analysis a : analyzer.analyze(batch)) {
                if (a instanceof Analysis.Success ok) {
                    out.add(ok.molecule());
                }
            }
            context.report(Math.min(smiles.size(), from + BATCH), smiles.size(), message);
        }
    }

    private Predicate<String> trainingSet(WorkContext context) throws Exception {
        if (Files.isDirectory(training)) {
            Path keys = training.resolve(NoveltyIndex.FILE_NAME);
            if (!Files.isRegularFile(keys)) {
                throw new IOException(training + " has no " + NoveltyIndex.FILE_NAME);
            }
            NoveltyIndex index = NoveltyIndex.fromBytes(Files.readAllBytes(keys));
            return index::contains;
        }
        List<String> canonical = canonicalize(readLines(training, true), threads);
        context.report(canonical.size(), canonical.size(), "training set canonicalised");
        Set<String> set = new HashSet<>(canonical);
        return set::contains;
    }

    /**
     * One string per line (the first whitespace-separated field). Raw samples keep every line, blank or not;
     * SMILES files ({@code skipBlank}) drop blank lines and '#' comments.
     */
    static List<String> readLines(Path path, boolean skipBlank) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IOException("no such file: " + path);
        }
        List<String> out = new ArrayList<>();
        InputStream in = Files.newInputStream(path);
        if (path.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (skipBlank && (t.isEmpty() || t.startsWith("#"))) {
                    continue;
                }
                int sp = t.indexOf(' ') >= 0 ? t.indexOf(' ') : t.indexOf('\t');
                out.add(sp > 0 ? t.substring(0, sp) : t);
            }
        }
        return out;
    }

    /** Training keys for a model folder: canonical SMILES of every training molecule, hashed. */
    public static NoveltyIndex buildKeys(Path trainingSmiles, int threads) throws Exception {
        return NoveltyIndex.of(canonicalize(readLines(trainingSmiles, true), threads));
    }

    /** Canonical SMILES of each readable input, in parallel on {@code threads} threads; unreadable ones are dropped. */
    static List<String> canonicalize(List<String> smiles, int threads) throws Exception {
        ThreadLocal<Canonicalizer> canonicalizers = ThreadLocal.withInitial(Canonicalizer::new);
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            return pool.submit(() -> smiles.parallelStream()
                    .map(s -> canonicalizers.get().canonical(s)).filter(java.util.Objects::nonNull).toList()).get();
        } finally {
            pool.shutdownNow();
        }
    }

}
