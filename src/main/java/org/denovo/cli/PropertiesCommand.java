package org.denovo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.denovo.core.run.PropertiesRun;
import org.denovo.core.run.ReadSummary;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.WorkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "properties", mixinStandardHelpOptions = true,
        description = {"Compute properties, drug-likeness and alerts for every record of a file.",
                "One CSV row per input record, in input order; unreadable records get a row with an 'error'."},
        footer = {"%nExample:%n  denovo properties --in leads.smi --out leads.csv"})
final class PropertiesCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Input: .smi, .sdf or .csv, optionally .gz.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Output CSV.")
    Path output;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        java.io.PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, "records");
        ProgressListener listener = common.quiet ? ProgressListener.NONE : progress;
        ReadSummary summary = new PropertiesRun(input, output, common.threads, msg -> {
            progress.finish();
            err.println("skipped " + msg);
        }).run(new WorkContext(new Cancellation(), listener));
        progress.finish();
        err.println(summary.describe() + " -> " + output);
        return 0;
    }
}
