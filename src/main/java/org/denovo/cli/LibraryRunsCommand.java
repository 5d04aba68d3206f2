package org.denovo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "runs", mixinStandardHelpOptions = true, description = "List the stored runs, oldest first.")
final class LibraryRunsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "A JSON array of {id, kind, name, status, molecules, created}.")
    boolean json;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<RunSummary> runs;
        try (Library lib = library.openForReading()) {
            runs = lib.runs();
        }
        if (json) {
            out.println(LibraryJson.MAPPER.writeValueAsString(runs.stream().map(LibraryJson::run).toList()));
            return 0;
        }
        out.printf("%5s  %-9s  %-11s  %9s  %8s  %6s  %-20s  %s%n", "id", "kind", "status", "molecules", "validity",
                "median", "created", "name");
        for (RunSummary r : runs) {
            out.printf("%5d  %-9s  %-11s  %9d  %8s  %6s  %-20s  %s%n", r.id(), r.kind().id(), r.status().id(),
                    r.molecules(), Double.isNaN(r.validity()) ? "-" : String.format("%.3f", r.validity()),
                    r.medianScore() == null ? "-" : String.format("%.3f", r.medianScore()),
                    LibraryJson.time(r.created()).substring(0, 19).replace('T', ' '), r.name());
        }
        return 0;
    }
}
