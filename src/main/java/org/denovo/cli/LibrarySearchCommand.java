package org.denovo.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.denovo.core.library.Library;
import org.denovo.core.chem.QueryFingerprint;
import org.denovo.core.library.SearchHit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find molecules by substructure (SMARTS) or by ECFP4 Tanimoto similarity to a SMILES.",
                "Each hit shows its molecule id, SMILES, similarity (1 for substructure) and runs."})
final class LibrarySearchCommand implements Callable<Integer> {
    static final class What {
        @Option(names = "--smarts", paramLabel = "S", required = true, description = "Substructure as SMARTS.")
        String smarts;

        @Option(names = "--similar", paramLabel = "SMILES", required = true, description = "Molecules similar to this one.")
        String similar;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--min-sim", paramLabel = "X", description = "Lowest similarity to report (default: ${DEFAULT-VALUE}).")
    double minSimilarity = 0.0;

    @Option(names = "--top", paramLabel = "K", converter = NonNegativeCount.class, description = "At most K hits, best first; 0 for all (default: ${DEFAULT-VALUE}).")
    int top = 100;

    @Option(names = "--json", description = "A JSON array of {id, smiles, similarity, runs}.")
    boolean json;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (minSimilarity < 0 || minSimilarity > 1) {
            throw new UserError("--min-sim must be between 0 and 1");
        }
        List<SearchHit> hits;
        try (Library lib = library.openForReading()) {
            hits = what.smarts != null
                    ? lib.substructure(what.smarts, top)
                    : lib.similar(QueryFingerprint.ecfp4(what.similar), minSimilarity, top);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(LibraryJson.MAPPER.writeValueAsString(hits.stream().map(h -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", h.id());
                m.put("smiles", h.smiles());
                m.put("similarity", h.similarity());
                m.put("runs", h.runs());
                return m;
            }).toList()));
            return 0;
        }
        for (SearchHit h : hits) {
            out.printf(Locale.ROOT, "%8d  %.4f  %-60s  runs %s%n", h.id(), h.similarity(), h.smiles(), h.runs());
        }
        spec.commandLine().getErr().println(hits.size() + " hits");
        return 0;
    }
}
