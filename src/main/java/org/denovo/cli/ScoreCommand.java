package org.denovo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.denovo.core.io.Exporters;
import org.denovo.core.library.Library;
import org.denovo.core.run.ScoreRun;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.WorkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Rank molecules with a scoring profile.",
                "Reads, standardises, deduplicates, computes, filters, scores and ranks; writes the best first.",
                "Molecules failing a hard filter come last with score 0 and a 'filtered_by' field."},
        footer = {"%nBuilt-in profiles: drug-like (default), lead-like, cns-mpo, qed; or a path to a .json profile.",
                "%nExample:%n  denovo score --in generated.smi --profile drug-like --out ranked.sdf --top 100"})
final class ScoreCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Input: .smi, .sdf or .csv, optionally .gz.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output: .sdf, .csv or .smi, optionally .gz.")
    Path output;

    @Option(names = "--profile", paramLabel = "NAME|PATH", description = "Scoring profile (default: ${DEFAULT-VALUE}).")
    String profileName = ProfileLoader.DEFAULT;

    @Option(names = "--top", paramLabel = "K", converter = NonNegativeCount.class, description = "Write only the K best (default: all).")
    int top;

    @Option(names = "--no-library", description = "Do not store the run in the library.")
    boolean noLibrary;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the run in the library (default: the input file and profile).")
    String runName;

    @Mixin
    LibraryOption library;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Profile profile = new ProfileLoader().load(profileName);
        ConsoleProgress progress = new ConsoleProgress(err, "records");
        if (!Files.isRegularFile(input)) {
            throw new UserError("no such file: " + input); // before a run is recorded in the library
        }
        Exporters.forPath(output).orElseThrow(() -> new UserError("cannot tell the output format of "
                + output.getFileName() + "; use one of " + Exporters.knownExtensions()));
        ScoreRun.Result result;
        try (Library lib = noLibrary ? null : library.open()) {
            result = new ScoreRun(input, output, profile, top, common.threads, msg -> {
                progress.finish();
                err.println("skipped " + msg);
            }).storedIn(lib, runName, profileName)
                    .run(new WorkContext(new Cancellation(), common.quiet ? ProgressListener.NONE : progress));
        }
        progress.finish();
        err.println(result.summary().describe() + " -> " + output + " (profile " + profile.name() + ")"
                + (result.runId() == 0 ? "" : " (library run " + result.runId() + ")"));
        return 0;
    }
}
