package org.denovo.core.run;

import java.util.HashMap;
import java.util.Map;
import org.denovo.core.library.ExchangeFields;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryException;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.score.ScoredMolecule;

/**
 * The one way library molecules become exported records, for every export: each keeps its rank in its run and gets
 * its position in the file, the profile its run was ranked with, and its run, star, tags and notes.
 */
final class ExportRecords {
    private final Library library;
    private final Map<Long, String> profileByRun = new HashMap<>();
    private long position;

    /** @param library where the runs' profiles are looked up, or null when unknown */
    ExportRecords(Library library) {
        this.library = library;
    }

    /** The next record of the file. */
    ScoredMolecule next(LibraryMolecule m) throws LibraryException {
        ScoredMolecule s = m.scored();
        return new ScoredMolecule(s.molecule().withTags(ExchangeFields.forExport(m, ++position, profileOf(m.runId()))),
                s.score(), s.rank());
    }

    private String profileOf(long runId) throws LibraryException {
        String profile = profileByRun.get(runId);
        if (profile == null) {
            profile = library == null || runId <= 0 ? ""
                    : library.run(runId).map(ExchangeFields::profileOf).orElse("");
            profileByRun.put(runId, profile);
        }
        return profile;
    }
}
