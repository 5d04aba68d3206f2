package org.denovo.core.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.GeneratorModels;
import org.denovo.core.generate.ModelCard;
import org.denovo.core.generate.Sample;
import org.denovo.core.io.ExportSink;
import org.denovo.core.io.Exporters;
import org.denovo.core.io.OutputFiles;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.Ranking;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/**
 * The generate use case, for every client: resolves the model, profile and seed; samples, checks and scores
 * ({@link GenerateRun}); stores the run batch by batch; ranks once at the end; writes the requested file; and
 * finishes the run, or marks it failed or cancelled. Progress goes to the work context.
 */
public final class GenerateMolecules implements Work<GenerateOutcome> {
    private final GeneratorModels models;
    private final ProfileLoader profiles;
    private final Library library;
    private final GenerateRequest request;
    private final Listener listener;

    /** What a client sees while the run goes on, on the run's thread. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** The run has started (and is in the library, when there is one). */
        default void started(long runId, String runName, ModelCard model, long seed) throws Exception {
        }

        /** A batch of new molecules, scored and stored; {@code ids} are their library ids (empty when not stored). */
        default void molecules(List<ScoredMolecule> batch, List<Long> ids) throws Exception {
        }
    }

    /** @param library where to store the run, or null to store nothing */
    public GenerateMolecules(GeneratorModels models, ProfileLoader profiles, Library library, GenerateRequest request,
                             Listener listener) {
        this.models = models;
        this.profiles = profiles;
        this.library = library;
        this.request = request;
        this.listener = listener;
    }

    /** A random seed for a run that was given none. */
    public static long randomSeed() {
        return new SecureRandom().nextLong() >>> 1;
    }

    @Override
    public GenerateOutcome run(WorkContext context) throws Exception {
        long seed = request.seed() != null ? request.seed() : randomSeed();
        Profile profile = profiles.load(request.profile());
        Path output = request.output();
        if (output != null && !request.raw()) {
            Exporters.forPath(output).orElseThrow(() -> new IllegalArgumentException("cannot tell the output format of "
                    + output.getFileName() + "; use one of " + Exporters.knownExtensions()));
        }
        Path target = output == null ? null : OutputFiles.target(output); // checked before sampling, not after
        GeneratorModel model = models.get(request.model());
        String name = request.runName() != null ? request.runName() : defaultName(seed);
        RunRecorder run = RunRecorder.start(library, new RunInfo(RunKind.GENERATE, name, configJson(seed, profile.name()),
                model.card().id(), model.card().sha256(), seed, null, ""));
        Path tmp = target == null ? null : OutputFiles.partFile(target);
        boolean writeRanked = output != null && !request.raw();
        List<ScoredMolecule> kept = new ArrayList<>();
        GenerateSummary summary;
        int[] ranks;
        try {
            try (BufferedWriter rawOut = output != null && request.raw()
                    ? new BufferedWriter(new OutputStreamWriter(OutputFiles.open(tmp, target), StandardCharsets.UTF_8))
                    : null) {
                listener.started(run.id(), name, model.card(), seed);
                summary = new GenerateRun(model, request.sampling(seed), profile, request.threads(), new GenerateListener() {
                    @Override
                    public void samples(List<Sample> batch) throws Exception {
                        if (rawOut != null) {
                            for (Sample s : batch) {
                                rawOut.write(s.smiles());
                                rawOut.write('\n');
                            }
                        }
                    }

                    @Override
                    public void molecules(List<GeneratedMolecule> batch) throws Exception {
                        List<ScoredMolecule> scored = batch.stream().map(GeneratedMolecule::scored).toList();
                        List<Long> ids = run.append(scored);
                        if (writeRanked) {
                            kept.addAll(scored);
                        }
                        listener.molecules(scored, ids);
                    }
                }).run(context);
            }
            ranks = run.finish(summary.sampled(), summary.valid());
        } catch (Exception e) {
            run.fail(e);
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
            throw e;
        }
        if (writeRanked) {
            try (ExportSink sink = Exporters.open(output, tmp)) {
                for (ScoredMolecule s : Ranking.inRankOrder(kept, ranks)) {
                    sink.write(s);
                }
            } catch (Exception e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }
        if (target != null) {
            OutputFiles.replace(tmp, target);
        }
        return new GenerateOutcome(summary, run.id(), name, run.ranksById(ranks));
    }

    private String defaultName(long seed) {
        return request.temperature() == 1.0
                ? "generate " + request.count() + " (seed " + seed + ")"
                : String.format(Locale.ROOT, "generate %d (T %.2f, seed %d)", request.count(), request.temperature(), seed);
    }

    private String configJson(long seed, String profileName) throws java.io.IOException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("command", request.client());
        c.put("count", request.count());
        c.put("seed", seed);
        c.put("temperature", request.temperature());
        c.put("prefix", request.prefix());
        c.put("maxLength", request.maxLength());
        c.put("batchSize", request.batchSize());
        c.put("syntaxMask", request.syntaxMask());
        c.put("profile", request.profile());
        c.put("profile_name", profileName);
        c.put("model", GeneratorModels.describe(request.model()));
        if (request.output() != null) {
            c.put("output", request.output().toString());
        }
        return new ObjectMapper().writeValueAsString(c);
    }
}
