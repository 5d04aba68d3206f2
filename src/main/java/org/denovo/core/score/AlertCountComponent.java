package org.denovo.core.score;

import org.denovo.core.chem.AnalyzedMolecule;

/** How many structural alerts matched, in one catalogue set or in all of them. */
public record AlertCountComponent(String name, String set) implements ScoreComponent {
    @Override
    public double raw(AnalyzedMolecule molecule) {
        return set == null ? molecule.alerts().hits().size() : molecule.alertCount(set);
    }

    /** {@code {"type": "alerts", "set": "PAINS"}}; without "set", all catalogues count. */
    public static final class Type implements ComponentType {
        @Override
        public String type() {
            return "alerts";
        }

        @Override
        public String summary() {
            return "number of structural alerts matched, optionally in one \"set\" (e.g. PAINS, Dundee, MCF)";
        }

        @Override
        public ScoreComponent create(Spec spec) throws ProfileException {
            spec.allowOnly(java.util.Set.of("type", "set", "name"));
            String set = spec.string("set", null);
            return new AlertCountComponent(spec.string("name", set == null ? "alerts" : "alerts:" + set), set);
        }
    }
}
