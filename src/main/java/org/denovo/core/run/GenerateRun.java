package org.denovo.core.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.NoveltyIndex;
import org.denovo.core.generate.Sample;
import org.denovo.core.generate.Sampler;
import org.denovo.core.generate.SamplingOptions;
import org.denovo.core.io.RawRecord;
import org.denovo.core.io.RecordFormat;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/**
 * Sample, then for each batch: validate and canonicalise through the chemistry core, drop molecules seen
 * earlier in the run, mark novelty against the training set, compute properties and alerts, and score.
 * Results go to the listener batch by batch, so a table or the library can show and store them as they come.
 */
public final class GenerateRun implements Work<GenerateSummary> {
    private final GeneratorModel model;
    private final SamplingOptions options;
    private final Profile profile;
    private final int threads;
    private final GenerateListener listener;

    public GenerateRun(GeneratorModel model, SamplingOptions options, Profile profile, int threads, GenerateListener listener) {
        this.model = model;
        this.options = options;
        this.profile = profile;
        this.threads = threads;
        this.listener = listener;
    }

    @Override
    public GenerateSummary run(WorkContext context) throws Exception {
        long start = System.nanoTime();
        long[] counts = new long[4]; // sampled, valid, novel, unfinished
        Set<String> seen = new HashSet<>();
        NoveltyIndex novelty = model.novelty();
        try (ParallelAnalyzer analyzer = new ParallelAnalyzer(threads, true)) {
            new Sampler(model).sample(options, batch -> {
                listener.samples(batch);
                List<RawRecord> records = new ArrayList<>(batch.size());
                for (Sample s : batch) {
                    counts[0]++;
                    if (!s.finished()) {
                        counts[3]++;
                    }
                    records.add(new RawRecord(s.index() + 1, s.index() + 1, RecordFormat.SMILES, s.smiles(), "",
                            Map.of(), s.finished() && !s.smiles().isEmpty() ? null : "unfinished or empty sample"));
                }
                List<GeneratedMolecule> fresh = new ArrayList<>();
                for (Analysis a : analyzer.analyze(records)) {
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
                    AnalyzedMolecule named = m.withName("gen-" + (index + 1)).withTags(Map.of(
                            "sample_index", Long.toString(index + 1),
                            "novel", novelty.isEmpty() ? "unknown" : novel ? "1" : "0"));
                    fresh.add(new GeneratedMolecule(index, novel, new ScoredMolecule(named, profile.score(named), 0)));
                }
                listener.molecules(fresh);
            }, context);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new GenerateSummary(counts[0], counts[1], seen.size(), novelty.isEmpty() ? -1 : counts[2], counts[3],
                seconds, options.seed());
    }
}
