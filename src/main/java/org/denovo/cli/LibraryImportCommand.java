package org.denovo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.denovo.core.run.ImportSummary;
import org.denovo.core.library.Library;
import org.denovo.core.run.LibraryImport;
import org.denovo.core.run.ProblemLog;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.WorkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import an SDF, SMILES or CSV file (optionally .gz) as a run of kind 'import'.",
                "Names, ids and SD tags are kept; properties are recomputed; bad records are reported and skipped.",
                "Fields 'tags' (;-separated), 'starred', 'rating' and 'notes' become curation; a numeric 'score' the run's score."})
final class LibraryImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "File to import.")
    Path input;

    @Option(names = "--name", paramLabel = "N", description = "Run name (default: the file name).")
    String name;

    @Mixin
    LibraryOption library;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, "records");
        try (Library lib = library.open()) {
            ImportSummary s = new LibraryImport(lib, input, name, common.threads, new ProblemLog() {
                @Override
                public void skipped(String message) {
                    progress.finish();
                    err.println("skipped " + message);
                }

                @Override
                public void ignoredPart(String message) {
                    progress.finish();
                    err.println("warning: " + message);
                }
            }).run(new WorkContext(new Cancellation(), common.quiet ? ProgressListener.NONE : progress));
            progress.finish();
            err.printf("%d read, %d skipped%s, %d duplicates merged, %d stored in %.1f s (run %d)%n", s.read() - s.skipped(),
                    s.skipped(), s.skipped() > 0 ? " (see above)" : "", s.duplicates(), s.stored(), s.seconds(), s.runId());
        }
        return 0;
    }
}
