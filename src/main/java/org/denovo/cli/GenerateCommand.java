package org.denovo.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.Sample;
import org.denovo.core.generate.SamplingOptions;
import org.denovo.core.io.ExportSink;
import org.denovo.core.io.Exporters;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.StoredRun;
import org.denovo.core.library.RunKind;
import org.denovo.core.run.GenerateListener;
import org.denovo.core.run.GenerateRun;
import org.denovo.core.run.GenerateSummary;
import org.denovo.core.run.GeneratedMolecule;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.Ranking;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.WorkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Sample new molecules from the generator, check and score them.",
                "Writes valid, unique molecules with properties and score, best first;",
                "with --raw, every sampled string in sampling order (the input to `metrics`)."},
        footer = {"%nExamples:%n  denovo generate --count 1000 --out new.sdf",
                "  denovo generate --count 10000 --seed 1 --raw --out samples.smi",
                "  denovo generate --count 500 --prefix 'c1ccc2[nH]ccc2c1' --out indoles.csv"})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--count", paramLabel = "N", description = "Strings to sample (default: ${DEFAULT-VALUE}).")
    int count = 1000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same molecules (default: random, printed).")
    Long seed;

    @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature (default: ${DEFAULT-VALUE}).")
    double temperature = 1.0;

    @Option(names = "--prefix", paramLabel = "SMILES", description = "Start every sample from this SMILES prefix.")
    String prefix = "";

    @Option(names = "--max-length", paramLabel = "TOKENS", description = "Longest sample in tokens (default: ${DEFAULT-VALUE}).")
    int maxLength = SamplingOptions.DEFAULT_MAX_LENGTH;

    @Option(names = "--batch-size", paramLabel = "B", description = "Strings sampled together (default: ${DEFAULT-VALUE}).")
    int batchSize = SamplingOptions.DEFAULT_BATCH;

    @Option(names = "--profile", paramLabel = "NAME|PATH", description = "Scoring profile (default: ${DEFAULT-VALUE}).")
    String profileName = ProfileLoader.DEFAULT;

    @Option(names = "--raw", description = "Write every sampled string, one per line, in order, including invalid ones.")
    boolean raw;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = ".smi, .csv or .sdf (with --raw: any text file).")
    Path output;

    @Option(names = "--no-library", description = "Do not store the run in the library.")
    boolean noLibrary;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the run in the library (default: a description of the run).")
    String runName;

    @Mixin
    LibraryOption library;

    @Mixin
    ModelOption model;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        long actualSeed = seed != null ? seed : new java.security.SecureRandom().nextLong() >>> 1;
        SamplingOptions options = new SamplingOptions(count, actualSeed, temperature, maxLength, batchSize, prefix);
        Profile profile = new ProfileLoader().load(profileName);
        if (!raw) {
            Exporters.forPath(output).orElseThrow(() -> new UserError("cannot tell the output format of "
                    + output.getFileName() + "; use one of " + Exporters.knownExtensions()));
        }
        Path target = org.denovo.core.io.OutputFiles.target(output); // checked before sampling, not after
        Path tmp = org.denovo.core.io.OutputFiles.partFile(target);
        List<ScoredMolecule> molecules = new ArrayList<>();
        ConsoleProgress progress = new ConsoleProgress(err, "strings");
        ProgressListener listener = common.quiet ? ProgressListener.NONE : progress;
        GenerateSummary summary;
        StoredRun stored = null;
        try (GeneratorModel m = model.load(GenerateRun.samplerThreads(common.threads));
             Library lib = noLibrary ? null : library.open();
             BufferedWriter rawOut = raw ? Files.newBufferedWriter(tmp, StandardCharsets.UTF_8) : null) {
            stored = lib == null ? null : StoredRun.start(lib, new RunInfo(RunKind.GENERATE,
                    runName != null ? runName : "generate " + count + " (seed " + actualSeed + ")",
                    configJson(actualSeed), m.card().id(), m.card().sha256(), actualSeed, null, ""));
            StoredRun run = stored;
            summary = run(m, options, profile, rawOut, molecules, run, listener);
            if (run != null) {
                run.finish(summary.sampled(), summary.valid());
            }
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        if (!raw) {
            try (ExportSink sink = Exporters.open(output, tmp)) {
                for (ScoredMolecule s : Ranking.rank(molecules)) {
                    sink.write(s);
                }
            } catch (Exception e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }
        org.denovo.core.io.OutputFiles.replace(tmp, target);
        progress.finish();
        err.println(summary.describe() + " -> " + output + (stored == null ? "" : " (library run " + stored.id() + ")"));
        return 0;
    }

    private GenerateSummary run(GeneratorModel m, SamplingOptions options, Profile profile, BufferedWriter rawOut,
                                List<ScoredMolecule> molecules, StoredRun stored, ProgressListener listener) throws Exception {
        try {
            return new GenerateRun(m, options, profile, common.threads, new GenerateListener() {
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
                    batch.forEach(g -> molecules.add(g.scored()));
                    if (stored != null) {
                        stored.append(batch.stream().map(GeneratedMolecule::scored).toList());
                    }
                }
            }).run(new WorkContext(new Cancellation(), listener));
        } catch (Exception e) {
            if (stored != null) {
                stored.fail(e);
            }
            throw e;
        }
    }

    private String configJson(long actualSeed) throws java.io.IOException {
        java.util.Map<String, Object> c = new java.util.LinkedHashMap<>();
        c.put("command", "generate");
        c.put("count", count);
        c.put("seed", actualSeed);
        c.put("temperature", temperature);
        c.put("prefix", prefix);
        c.put("maxLength", maxLength);
        c.put("batchSize", batchSize);
        c.put("profile", profileName);
        c.put("model", model.dir == null ? GeneratorModel.BUNDLED_ID : model.dir.toString());
        c.put("output", output.toString());
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(c);
    }
}
