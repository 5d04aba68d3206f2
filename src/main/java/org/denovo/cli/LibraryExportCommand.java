package org.denovo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.denovo.core.library.Library;
import org.denovo.core.run.LibraryExport;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.PropertyRange;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.WorkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a run, or the molecules matching a query, as SDF, CSV or SMILES (by extension, optionally .gz).",
                "Fields carry every property, score, rank, run, starred, rating, tags and notes; a run is written best first."})
final class LibraryExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", arity = "0..1", description = "Run id (default: the whole library).")
    Long runId;

    @Option(names = {"--where", "--query"}, paramLabel = "EXPR", description = "Property filter such as qed>=0.7 or pains=0; repeatable, all must hold.")
    List<String> where = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "Only molecules with this tag.")
    String tag;

    @Option(names = "--starred", description = "Only starred molecules.")
    boolean starred;

    @Option(names = "--min-rating", paramLabel = "N", description = "Only molecules rated at least N (1 to 5).")
    int minRating;

    @Option(names = "--sort", paramLabel = "COLUMN", description = "Sort by a column (default: rank); add --desc for largest first.")
    String sort = "rank";

    @Option(names = "--desc", description = "Sort largest first.")
    boolean descending;

    @Option(names = "--top", paramLabel = "K", converter = NonNegativeCount.class, description = "Write only the first K.")
    int top;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = ".sdf, .csv or .smi, optionally .gz.")
    Path output;

    @Mixin
    LibraryOption library;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MoleculeQuery query = new MoleculeQuery(runId, tag, starred, minRating,
                where.stream().map(PropertyRange::parse).toList(), sort, descending, 0, 0);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "molecules");
        try (Library lib = library.openForReading()) {
            if (runId != null && lib.run(runId).isEmpty()) {
                throw new UserError("no run " + runId + " in " + lib.file());
            }
            long n = new LibraryExport(lib, query, output, top).run(new WorkContext(new Cancellation(),
                    common.quiet ? ProgressListener.NONE : progress));
            progress.finish();
            spec.commandLine().getErr().println("exported " + n + " molecules -> " + output);
        }
        return 0;
    }
}
