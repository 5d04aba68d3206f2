package org.denovo.core.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.denovo.core.compare.CompareSettings;
import org.denovo.core.compare.ComparedMolecule;
import org.denovo.core.compare.ComparedRun;
import org.denovo.core.compare.RunComparer;
import org.denovo.core.compare.RunComparison;
import org.denovo.core.library.ExchangeFields;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.RunSummary;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/**
 * Reads two or more runs from the library (a page at a time) and compares them ({@link RunComparer}). The one path
 * to a {@link RunComparison}: the command line writes it as a report ({@link CompareRuns}), the window shows it.
 * Only reads the library.
 */
public final class ReadAndCompareRuns implements Work<RunComparison> {
    private static final int PAGE = 1000;
    private final Library library;
    private final List<Long> runIds;
    private final CompareSettings settings;
    private volatile List<ComparedRun> read;

    /** @param runIds two or more runs, each once, in the order the comparison shows them */
    public ReadAndCompareRuns(Library library, List<Long> runIds, CompareSettings settings) {
        this(library, runIds, settings, null);
    }

    private ReadAndCompareRuns(Library library, List<Long> runIds, CompareSettings settings, List<ComparedRun> read) {
        this.library = library;
        this.runIds = checkRunIds(runIds);
        this.settings = settings;
        this.read = read;
    }

    /**
     * The same runs compared with other settings, from the molecules this comparison has read (when it has finished
     * reading; else read again), so that changing a threshold does not read the library again.
     */
    public ReadAndCompareRuns withSettings(CompareSettings other) {
        return new ReadAndCompareRuns(library, runIds, other, read);
    }

    /** The run ids as a comparison takes them: two or more, each once; refused with a reason otherwise. */
    public static List<Long> checkRunIds(List<Long> runIds) {
        List<Long> ids = List.copyOf(runIds);
        if (ids.size() < 2) {
            throw new IllegalArgumentException("give at least two runs to compare");
        }
        Set<Long> seen = new HashSet<>();
        for (long id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("run " + id + " is given twice");
            }
        }
        return ids;
    }

    @Override
    public RunComparison run(WorkContext context) throws Exception {
        List<ComparedRun> runs = read;
        if (runs == null) {
            runs = read(context);
            read = runs;
        }
        RunComparison comparison = new RunComparer(settings).compare(runs, context);
        context.checkCancelled();
        return comparison;
    }

    private List<ComparedRun> read(WorkContext context) throws Exception {
        List<RunSummary> summaries = new ArrayList<>();
        for (long id : runIds) {
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
        return List.copyOf(runs);
    }
}
