package org.denovo.core.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.denovo.core.chem.Analysis;
import org.denovo.core.io.ExportSink;
import org.denovo.core.io.OutputFiles;
import org.denovo.core.io.Exporters;
import org.denovo.core.io.RecordReader;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.score.Profile;
import org.denovo.core.score.Ranking;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/**
 * The score use case: read, standardise, deduplicate, compute, filter and score; store the run batch by batch
 * (when given a library); rank once; write the top molecules.
 */
public final class ScoreRun implements Work<ScoreRun.Result> {
    private final Path input;
    private final Path output;
    private final Profile profile;
    private final int top;
    private final int threads;
    private final ProblemLog problems;

    /** @param runId the library run, or 0 when not stored */
    public record Result(ReadSummary summary, List<ScoredMolecule> ranked, long runId) {
    }

    private Library library;
    private String runName;
    private String profileReference;

    /**
     * @param output the ranked file to write, or null to only store the run
     * @param top    how many to write; 0 or less writes all
     */
    public ScoreRun(Path input, Path output, Profile profile, int top, int threads, ProblemLog problems) {
        this.input = input;
        this.output = output;
        this.profile = profile;
        this.top = top;
        this.threads = threads;
        this.problems = problems;
    }

    /**
     * The same run, stored in {@code library} as a score run, batch by batch.
     *
     * @param runName          name of the run, or null for "score FILE (PROFILE)"
     * @param profileReference the profile as the user named it (name or path), recorded with the run
     */
    public ScoreRun storedIn(Library library, String runName, String profileReference) {
        this.library = library;
        this.runName = runName;
        this.profileReference = profileReference;
        return this;
    }

    @Override
    public Result run(WorkContext context) throws Exception {
        long start = System.nanoTime();
        if (output != null) {
            OutputFiles.target(output); // a folder or missing folder is refused before any work
            Exporters.forPath(output).orElseThrow(() -> new java.io.IOException("cannot tell the output format of "
                    + output.getFileName() + "; use one of " + Exporters.knownExtensions()));
        }
        List<ScoredMolecule> scored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long[] counts = new long[3];
        RunRecorder run = RunRecorder.start(library, RunInfo.of(RunKind.SCORE,
                runName != null ? runName : "score " + input.getFileName() + " (" + profile.name() + ")", configJson()));
        int[] ranks;
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
                List<ScoredMolecule> fresh = List.copyOf(scored.subList(before, scored.size()));
                run.append(fresh);
            }, context);
            context.report(counts[0], counts[0], "ranking");
            ranks = run.finish(null, null);
        } catch (Exception e) {
            run.fail(e);
            throw e;
        }
        List<ScoredMolecule> ranked = Ranking.inRankOrder(scored, ranks);
        List<ScoredMolecule> written = top > 0 && ranked.size() > top ? ranked.subList(0, top) : ranked;
        if (output != null) {
            write(written, context);
        }
        long filtered = ranked.stream().filter(s -> s.score().filtered()).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(new ReadSummary(counts[0], counts[1], counts[2], filtered, output == null ? 0 : written.size(),
                seconds), ranked, run.id());
    }

    private void write(List<ScoredMolecule> written, WorkContext context) throws Exception {
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
    }

    private String configJson() throws java.io.IOException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("command", "score");
        c.put("input", input.toAbsolutePath().toString());
        if (output != null) {
            c.put("output", output.toString());
        }
        c.put("profile", profileReference != null ? profileReference : profile.name());
        c.put("profile_name", profile.name());
        c.put("top", top);
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(c);
    }
}
