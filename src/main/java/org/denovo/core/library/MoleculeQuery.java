package org.denovo.core.library;

import java.util.ArrayList;
import java.util.List;

/**
 * Which molecules to list and in what order. Without a run, each molecule is seen through its latest run.
 *
 * @param runId      only molecules of this run, or null for the whole library
 * @param tag        only molecules carrying this curation tag, or null
 * @param starred    only starred molecules
 * @param minRating  only molecules rated at least this, or 0
 * @param ranges     property, score or rating ranges, all of which must hold
 * @param sortBy     a column name (see {@link PropertyRange}); "rank" sorts best first
 * @param descending sort direction
 * @param limit      page size; 0 means no limit
 * @param offset     rows to skip
 */
public record MoleculeQuery(Long runId, String tag, boolean starred, int minRating, List<PropertyRange> ranges,
                            String sortBy, boolean descending, int limit, long offset) {
    public MoleculeQuery {
        ranges = List.copyOf(ranges);
        sortBy = MoleculeColumns.require(sortBy == null ? "rank" : sortBy);
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    public static MoleculeQuery all() {
        return new MoleculeQuery(null, null, false, 0, List.of(), "rank", false, 0, 0);
    }

    public static MoleculeQuery ofRun(long runId) {
        return all().withRun(runId);
    }

    public MoleculeQuery withRun(Long run) {
        return new MoleculeQuery(run, tag, starred, minRating, ranges, sortBy, descending, limit, offset);
    }

    public MoleculeQuery withTag(String t) {
        return new MoleculeQuery(runId, t, starred, minRating, ranges, sortBy, descending, limit, offset);
    }

    public MoleculeQuery onlyStarred() {
        return new MoleculeQuery(runId, tag, true, minRating, ranges, sortBy, descending, limit, offset);
    }

    public MoleculeQuery withMinRating(int rating) {
        return new MoleculeQuery(runId, tag, starred, rating, ranges, sortBy, descending, limit, offset);
    }

    public MoleculeQuery and(PropertyRange range) {
        List<PropertyRange> more = new ArrayList<>(ranges);
        more.add(range);
        return new MoleculeQuery(runId, tag, starred, minRating, more, sortBy, descending, limit, offset);
    }

    public MoleculeQuery sortedBy(String column, boolean desc) {
        return new MoleculeQuery(runId, tag, starred, minRating, ranges, column, desc, limit, offset);
    }

    public MoleculeQuery page(int pageLimit, long pageOffset) {
        return new MoleculeQuery(runId, tag, starred, minRating, ranges, sortBy, descending, pageLimit, pageOffset);
    }
}
