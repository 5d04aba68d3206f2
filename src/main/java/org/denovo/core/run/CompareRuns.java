package org.denovo.core.run;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.denovo.core.compare.ComparedMolecule;
import org.denovo.core.compare.ComparedRun;
import org.denovo.core.compare.RunComparer;
import org.denovo.core.compare.RunComparison;
import org.denovo.core.io.OutputFiles;
import org.denovo.core.library.ExchangeFields;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.RunSummary;
import org.denovo.core.report.ComparisonReport;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/**
 * The compare use case: reads two or more runs from the library (a page at a time), compares them
 * ({@link RunComparer}) and writes the comparison as one self-contained HTML page ({@link ComparisonReport}); the
 * file appears only when complete. Only reads the library.
 */
public final class CompareRuns implements Work<CompareOutcome> {
    private static final int PAGE = 1000;
    private final Library library;
    private final CompareRequest request;

    public CompareRuns(Library library, CompareRequest request) {
        this.library = library;
        this.request = request;
    }

    @Override
    public CompareOutcome run(WorkContext context) throws Exception {
        long started = System.nanoTime();
        Path target = OutputFiles.target(request.output()); // a folder or a missing folder is refused before any work
        List<RunSummary> summaries = new ArrayList<>();
        for (long id : request.runIds()) {
            summaries.add(library.run(id).orElseThrow(() ->
                    new IllegalArgumentException("no run " + id + " in " + library.file())));
        }
        long total = summaries.stream().mapToLong(RunSummary::molecules).sum();
        List<ComparedRun> runs = new ArrayList<>();
        long read = 0;
        for (RunSummary summary : summaries) {
            List<ComparedMolecule> molecules = new ArrayList<>();
            MoleculeQuery query = MoleculeQuery.ofRun(summary.id());
            for (long offset = 0; ; offset += PAGE) {
                context.checkCancelled();
                List<LibraryMolecule> page = library.molecules(query.page(PAGE, offset));
                page.forEach(m -> molecules.add(ComparedMolecule.of(m, summary.kind())));
                read += page.size();
                context.report(read, total, "read");
                if (page.size() < PAGE) {
                    break;
                }
            }
            runs.add(new ComparedRun(summary, ExchangeFields.profileOf(summary), molecules));
        }
        RunComparison comparison = new RunComparer(request.settings()).compare(runs, context);
        context.checkCancelled();
        byte[] html = new ComparisonReport(comparison, library.file().toString(), Instant.now()).html()
                .getBytes(StandardCharsets.UTF_8);
        Path part = OutputFiles.partFile(target);
        try (OutputStream out = OutputFiles.open(part, target)) {
            out.write(html);
        } catch (Exception e) {
            Files.deleteIfExists(part);
            throw e;
        }
        OutputFiles.replace(part, target);
        return new CompareOutcome(comparison, request.output(), read, html.length, (System.nanoTime() - started) / 1e9);
    }
}
