package org.denovo.core.run;

import java.nio.file.Path;
import org.denovo.core.compare.RunComparison;
import org.denovo.core.io.OutputFiles;
import org.denovo.core.library.Library;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/**
 * The compare command's use case: compares runs ({@link ReadAndCompareRuns}) and writes the comparison as one
 * self-contained HTML page ({@link WriteComparisonReport}). Only reads the library.
 */
public final class CompareRuns implements Work<CompareOutcome> {
    private final Library library;
    private final CompareRequest request;

    public CompareRuns(Library library, CompareRequest request) {
        this.library = library;
        this.request = request;
    }

    @Override
    public CompareOutcome run(WorkContext context) throws Exception {
        long started = System.nanoTime();
        OutputFiles.target(request.output()); // a folder or a missing folder is refused before the runs are read
        RunComparison comparison = new ReadAndCompareRuns(library, request.runIds(), request.settings()).run(context);
        long bytes = new WriteComparisonReport(comparison, library.file().toString(), request.output()).run(context);
        return new CompareOutcome(comparison, request.output(), moleculesRead(comparison), bytes,
                (System.nanoTime() - started) / 1e9);
    }

    /** Every molecule of the compared runs: the products and the leads. */
    private static long moleculesRead(RunComparison comparison) {
        return comparison.runs().stream().mapToLong(r -> (long) r.molecules() + r.leads()).sum();
    }
}
