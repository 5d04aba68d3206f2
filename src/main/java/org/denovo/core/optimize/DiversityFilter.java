package org.denovo.core.optimize;

import java.util.HashMap;
import java.util.Map;

/** Counts molecules per Murcko scaffold; a molecule beyond a full bucket earns the search nothing (as in REINVENT). */
final class DiversityFilter {
    private final int bucketSize;
    private final Map<String, Integer> counts = new HashMap<>();

    DiversityFilter(int bucketSize) {
        this.bucketSize = bucketSize;
    }

    /** Adds a molecule with this scaffold; returns the factor its fitness gets (1, or 0 once the bucket is full). */
    double admit(String scaffold) {
        int n = counts.merge(scaffold, 1, Integer::sum);
        return n <= bucketSize ? 1.0 : 0.0;
    }
}
