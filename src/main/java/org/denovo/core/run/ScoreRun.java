package org.denovo.core.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.denovo.core.chem.Analysis;
import org.denovo.core.io.ExportSink;
import org.denovo.core.io.OutputFiles;
import org.denovo.core.io.Exporters;
import org.denovo.core.io.RecordReader;
import org.denovo.core.score.Profile;
import org.denovo.core.score.Ranking;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/** Read, standardise, deduplicate, compute, filter, score, rank, and write the top molecules. */
public final class ScoreRun implements Work<ScoreRun.Result> {
    private final Path input;
    private final Path output;
    private final Profile profile;
    private final int top;
    private final int threads;
    private final ProblemLog problems;

    public record Result(ReadSummary summary, List<ScoredMolecule> ranked) {
    }

    /** Receives each batch's new scored molecules as they come (e.g. to store them in the library). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = batch -> { };

        void scored(List<ScoredMolecule> batch) throws Exception;
    }

    private final Listener listener;

    /** @param top how many to write; 0 or less writes all */
    public ScoreRun(Path input, Path output, Profile profile, int top, int threads, ProblemLog problems) {
        this(input, output, profile, top, threads, problems, Listener.NONE);
    }

    public ScoreRun(Path input, Path output, Profile profile, int top, int threads, ProblemLog problems, Listener listener) {
        this.listener = listener;
        this.input = input;
        this.output = output;
        this.profile = profile;
        this.top = top;
        this.threads = threads;
        this.problems = problems;
    }

    @Override
    public Result run(WorkContext context) throws Exception {
        long start = System.nanoTime();
        OutputFiles.target(output); // a folder or missing folder is refused before any work
        Exporters.forPath(output).orElseThrow(() -> new java.io.IOException("cannot tell the output format of "
                + output.getFileName() + "; use one of " + Exporters.knownExtensions()));
        List<ScoredMolecule> scored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long[] counts = new long[3];
        try (RecordReader reader = RecordReader.open(input)) {
            new AnalysisPipeline(threads, AnalysisPipeline.DEFAULT_BATCH, true).run(reader, batch -> {
                int before = scored.size();
                for (Analysis a : batch) {
                    counts[0]++;
                    if (a instanceof Analysis.Failure f) {
                        counts[1]++;
                        problems.skipped(f.message());
                    } else if (a instanceof Analysis.Success ok) {
                        if (!seen.add(ok.molecule().smiles())) {
                            counts[2]++;
                            continue;
                        }
                        scored.add(new ScoredMolecule(ok.molecule(), profile.score(ok.molecule()), 0));
                    }
                }
                listener.scored(List.copyOf(scored.subList(before, scored.size())));
            }, context);
        }
        context.report(counts[0], counts[0], "ranking");
        List<ScoredMolecule> ranked = Ranking.rank(scored);
        List<ScoredMolecule> written = top > 0 && ranked.size() > top ? ranked.subList(0, top) : ranked;
        Path target = OutputFiles.target(output);
        Path tmp = OutputFiles.partFile(target);
        try (ExportSink sink = Exporters.open(output, tmp)) {
            for (ScoredMolecule s : written) {
                context.checkCancelled();
                sink.write(s);
            }
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        OutputFiles.replace(tmp, target);
        long filtered = ranked.stream().filter(s -> s.score().filtered()).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(new ReadSummary(counts[0], counts[1], counts[2], filtered, written.size(), seconds), ranked);
    }
}
