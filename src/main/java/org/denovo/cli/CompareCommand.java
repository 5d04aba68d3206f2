package org.denovo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.denovo.core.compare.CompareSettings;
import org.denovo.core.library.Library;
import org.denovo.core.run.CompareOutcome;
import org.denovo.core.run.CompareRequest;
import org.denovo.core.run.CompareRuns;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.WorkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two or more library runs (generate, score, import, optimize) in one HTML report:",
                "counts, validity, uniqueness and novelty, score by round, score and property distributions, score",
                "against similarity to the lead with Pareto fronts, a joint chemical-space map, shared molecules and",
                "scaffolds, diversity, alerts, hits and the best molecules with their structures.",
                "The report is one file with no scripts or links; it opens in any browser."},
        footer = {"%nExamples:%n  denovo compare 3 4 --out compare.html",
                "  denovo compare 1 2 5 --top 20 --threshold 0.9 --db team.db --out runs.html"})
final class CompareCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", arity = "2..*", description = "Run ids (see library runs), shown in this order.")
    List<Long> runIds;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The report, .html.")
    Path output;

    @Option(names = "--top", paramLabel = "K", converter = NonNegativeCount.class,
            description = "Best molecules shown per run (default: ${DEFAULT-VALUE}).")
    int top = CompareSettings.DEFAULT_TOP;

    @Option(names = "--threshold", paramLabel = "X", description = "A hit scores at least X (default: ${DEFAULT-VALUE}).")
    double threshold = CompareSettings.DEFAULT_THRESHOLD;

    @Option(names = "--versus", paramLabel = "AXIS", description = "What the score is weighed against: similarity"
            + " (to the lead of the optimisation runs), qed or fsp3 (default: similarity when an optimisation run is"
            + " compared, else qed).")
    String versus;

    @Mixin
    LibraryOption library;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CompareRequest request;
        try {
            request = new CompareRequest(runIds, output, new CompareSettings(top, threshold, versus, common.threads));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage()); // bad usage: exit code 2
        }
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "molecules");
        CompareOutcome outcome;
        try (Library lib = library.openForReading()) {
            outcome = new CompareRuns(lib, request).run(new WorkContext(new Cancellation(),
                    common.quiet ? ProgressListener.NONE : progress));
        }
        progress.finish();
        spec.commandLine().getErr().println(outcome.describe());
        return 0;
    }
}
