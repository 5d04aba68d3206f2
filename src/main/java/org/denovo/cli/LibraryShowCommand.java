package org.denovo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a run: provenance, configuration and its best molecules.")
final class LibraryShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", description = "Run id.")
    long runId;

    @Option(names = "--top", paramLabel = "K", converter = NonNegativeCount.class, description = "Molecules to list (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Library lib = library.openForReading()) {
            RunSummary r = lib.run(runId).orElseThrow(() -> new UserError("no run " + runId + " in " + lib.file()));
            for (Map.Entry<String, Object> e : LibraryJson.run(r).entrySet()) {
                out.printf("%-10s %s%n", e.getKey() + ":", e.getValue());
            }
            out.printf("%-10s %s%n", "finished:", r.finished() == null ? "-" : LibraryJson.time(r.finished()));
            if (r.modelId() != null) {
                out.printf("%-10s %s (sha256 %s)%n", "model:", r.modelId(), r.modelHash());
            }
            if (r.seed() != null) {
                out.printf("%-10s %d%n", "seed:", r.seed());
            }
            if (r.parentRun() != null) {
                out.printf("%-10s %d%n", "parent:", r.parentRun());
            }
            if (!r.notes().isBlank()) {
                out.printf("%-10s %s%n", "notes:", r.notes());
            }
            out.printf("%-10s %s%n", "config:", r.configJson());
            List<LibraryMolecule> best = top > 0 ? lib.molecules(MoleculeQuery.ofRun(runId).page(top, 0)) : List.of();
            if (!best.isEmpty()) {
                out.printf("%n%5s  %8s  %8s  %s%n", "rank", "score", "id", "smiles");
                for (LibraryMolecule m : best) {
                    out.printf(Locale.ROOT, "%5d  %8.4f  %8d  %s%n", m.scored().rank(), m.scored().score().total(), m.id(), m.smiles());
                }
            }
        }
        return 0;
    }
}
