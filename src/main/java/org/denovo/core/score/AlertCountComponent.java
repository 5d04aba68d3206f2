package org.denovo.core.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.alerts.AlertHit;
import org.denovo.core.chem.alerts.AlertSets;

/**
 * How many alerted groups a molecule has: the hits of the chosen catalogue sets (all sets when none are named),
 * where hits that share an atom count as one group. The catalogues overlap (an aldehyde matches eight of them),
 * so counting hits would weigh a common group by how many catalogues list it rather than by what it is.
 */
public record AlertCountComponent(String name, Set<String> sets) implements ScoreComponent {
    public AlertCountComponent {
        sets = sets == null ? Set.of() : Set.copyOf(sets.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public double raw(AnalyzedMolecule molecule) {
        List<AlertHit> hits = new ArrayList<>();
        for (AlertHit hit : molecule.alerts().hits()) {
            if (sets.isEmpty() || sets.contains(hit.set().toLowerCase(Locale.ROOT))) {
                hits.add(hit);
            }
        }
        return groups(hits);
    }

    /** The number of groups of hits, two hits being in one group when they share an atom (directly or through others). */
    static int groups(List<AlertHit> hits) {
        int[] parent = new int[hits.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int groups = hits.size();
        for (int i = 0; i < hits.size(); i++) {
            int[] a = hits.get(i).atoms();
            for (int j = i + 1; j < hits.size(); j++) {
                if (share(a, hits.get(j).atoms())) {
                    int ri = root(parent, i);
                    int rj = root(parent, j);
                    if (ri != rj) {
                        parent[rj] = ri;
                        groups--;
                    }
                }
            }
        }
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean share(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code {"type": "alerts", "set": "PAINS"}} or {@code {"type": "alerts", "sets": ["Glaxo", "MCF"]}}; without
     * either, all catalogues count.
     */
    public static final class Type implements ComponentType {
        @Override
        public String type() {
            return "alerts";
        }

        @Override
        public String summary() {
            return "number of alerted groups (hits sharing atoms count once), in one \"set\" or a list of \"sets\" "
                    + "(e.g. PAINS, Glaxo, MCF, Dundee), else in all catalogues";
        }

        @Override
        public ScoreComponent create(Spec spec) throws ProfileException {
            spec.allowOnly(Set.of("type", "set", "sets", "name"));
            if (spec.has("set") && spec.has("sets")) {
                throw spec.error("alerts: give \"set\" or \"sets\", not both");
            }
            List<String> sets = spec.has("sets") ? spec.strings("sets")
                    : spec.has("set") ? List.of(spec.string("set")) : List.of();
            if (spec.has("sets") && sets.isEmpty()) {
                throw spec.error("alerts: \"sets\" must name at least one set");
            }
            List<String> known = new ArrayList<>(AlertSets.ALL);
            known.add(AlertSets.METAL);
            for (String set : sets) {
                if (known.stream().noneMatch(set::equalsIgnoreCase)) {
                    throw spec.error("alerts: unknown set \"" + set + "\"; known sets: " + String.join(", ", known));
                }
            }
            String fallback = sets.isEmpty() ? "alerts" : "alerts:" + String.join("+", sets);
            return new AlertCountComponent(spec.string("name", fallback), new TreeSet<>(sets));
        }
    }
}
