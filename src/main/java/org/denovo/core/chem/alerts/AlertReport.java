package org.denovo.core.chem.alerts;

import java.util.List;

/**
 * Result of screening one molecule.
 *
 * @param hits         every alert that matched, in catalogue order
 * @param pains        true when any PAINS A/B/C pattern matched (MOSES wehi_pains set, as RDKit's FilterCatalog)
 * @param mosesFilters true when the molecule passes the MOSES "Filters" metric
 */
public record AlertReport(List<AlertHit> hits, boolean pains, boolean mosesFilters) {

    public AlertReport {
        hits = List.copyOf(hits);
    }

    /** Hits of one catalogue set. */
    public List<AlertHit> hitsOf(String set) {
        return hits.stream().filter(hit -> hit.set().equals(set)).toList();
    }
}
