package org.denovo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.denovo.core.generate.GeneratorModels;
import org.denovo.core.generate.SamplingOptions;
import org.denovo.core.library.Library;
import org.denovo.core.run.GenerateMolecules;
import org.denovo.core.run.GenerateOutcome;
import org.denovo.core.run.GenerateRequest;
import org.denovo.core.run.GenerateRun;
import org.denovo.core.score.ProfileLoader;
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

    @Option(names = "--no-syntax-mask", description = "Sample the model's own distribution of strings: "
            + "do not forbid tokens after which a string could not parse (an unclosed branch or ring at the end, an "
            + "empty or unopened branch). Strings that never draw such a token are the same either way.")
    boolean noSyntaxMask;

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
        GenerateRequest request = new GenerateRequest(model.reference(), count, seed, temperature, maxLength, batchSize,
                prefix, profileName, common.threads, runName, "generate", output, raw, !noSyntaxMask);
        ConsoleProgress progress = new ConsoleProgress(err, "strings");
        GenerateOutcome outcome;
        try (GeneratorModels models = new GeneratorModels(GenerateRun.samplerThreads(common.threads));
             Library lib = noLibrary ? null : library.open()) {
            outcome = new GenerateMolecules(models, new ProfileLoader(), lib, request, GenerateMolecules.Listener.NONE)
                    .run(new WorkContext(new Cancellation(), common.quiet ? ProgressListener.NONE : progress));
        }
        progress.finish();
        err.println(outcome.summary().describe() + " -> " + output
                + (outcome.runId() == 0 ? "" : " (library run " + outcome.runId() + ")"));
        return 0;
    }
}
