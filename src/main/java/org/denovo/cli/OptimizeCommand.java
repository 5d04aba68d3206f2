package org.denovo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.denovo.core.generate.GeneratorModels;
import org.denovo.core.library.Library;
import org.denovo.core.optimize.OptimizeSettings;
import org.denovo.core.run.GenerateRun;
import org.denovo.core.run.OptimizeLeads;
import org.denovo.core.run.OptimizeOutcome;
import org.denovo.core.run.OptimizeRequest;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.WorkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Improve a lead: the generator completes prefixes of the lead's and the best molecules'",
                "randomised SMILES, round after round, scored with a profile and held close to the lead.",
                "Writes the molecules that meet the constraints, best first, without the lead."},
        footer = {"%nExamples:%n  denovo optimize --lead 'CC(=O)Nc1ccc(O)cc1' --profile qed --out better.sdf",
                "  denovo optimize --leads leads.smi --profile drug-like --min-similarity 0.5 --keep 'c1ccncc1' --budget 500 --out hits.csv"})
final class OptimizeCommand implements Callable<Integer> {
    @Option(names = "--lead", paramLabel = "SMILES", description = "A lead; repeat for several.")
    List<String> leads = List.of();

    @Option(names = "--leads", paramLabel = "FILE", description = "Leads from a .smi, .sdf or .csv file (optionally .gz).")
    Path leadsFile;

    @Option(names = "--profile", paramLabel = "NAME|PATH", description = "Objective: a scoring profile (default: ${DEFAULT-VALUE}).")
    String profileName = ProfileLoader.DEFAULT;

    @Option(names = "--min-similarity", paramLabel = "X", description = "Least Tanimoto (ECFP4, 2,048 bits) to the lead (default: ${DEFAULT-VALUE}).")
    double minSimilarity = OptimizeSettings.DEFAULT_MIN_SIMILARITY;

    @Option(names = "--keep", paramLabel = "SMARTS", description = "Substructure every reported molecule keeps.")
    String keep = "";

    @Option(names = "--keep-scaffold", description = "Every reported molecule keeps its lead's Bemis-Murcko scaffold "
            + "(ring systems and the chains linking them; substituents may change). Not with --keep.")
    boolean keepScaffold;

    @Option(names = "--budget", paramLabel = "N", description = "Molecules scored per lead (default: ${DEFAULT-VALUE}).")
    int budget = OptimizeSettings.DEFAULT_BUDGET;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same run (default: random, printed).")
    Long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = ".sdf, .csv or .smi, optionally .gz.")
    Path output;

    @Option(names = "--no-library", description = "Do not store the run in the library.")
    boolean noLibrary;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the run in the library.")
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
        OptimizeRequest request = new OptimizeRequest(leads, leadsFile, model.reference(), profileName, minSimilarity,
                keep, keepScaffold, budget, seed, common.threads, runName, "optimize", output);
        ConsoleProgress progress = new ConsoleProgress(err, "molecules");
        OptimizeOutcome outcome;
        try (GeneratorModels models = new GeneratorModels(GenerateRun.samplerThreads(common.threads));
             Library lib = noLibrary ? null : library.open()) {
            outcome = new OptimizeLeads(models, new ProfileLoader(), lib, request, OptimizeLeads.Listener.NONE)
                    .run(new WorkContext(new Cancellation(), common.quiet ? ProgressListener.NONE : progress));
        }
        progress.finish();
        for (OptimizeOutcome.LeadResult r : outcome.leads()) {
            err.println(r.bestSmiles().isEmpty()
                    ? String.format(Locale.ROOT, "lead %s (score %.3f): nothing within the constraints in %,d molecules",
                            r.given(), r.leadScore(), r.scored())
                    : String.format(Locale.ROOT, "lead %s (score %.3f): best %.3f at similarity %.2f, %s",
                            r.given(), r.leadScore(), r.bestScore(), r.bestSimilarity(), r.bestSmiles()));
        }
        err.println(outcome.describe() + " -> " + output
                + (outcome.runId() == 0 ? "" : " (library run " + outcome.runId() + ")"));
        return 0;
    }
}
