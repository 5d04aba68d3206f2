package org.denovo.core.score;

import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.SubstructureQuery;

/** 1 when a SMARTS matches (or, with {@code "absent"}, when it does not), else 0. */
public record SubstructureComponent(String name, SubstructureQuery query, boolean wantAbsent) implements ScoreComponent {
    @Override
    public double raw(AnalyzedMolecule molecule) {
        try {
            boolean found = query.matches(molecule.smiles());
            return found != wantAbsent ? 1.0 : 0.0;
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    /** {@code {"type": "substructure", "smarts": "c1ccccc1", "mode": "present"}}. */
    public static final class Type implements ComponentType {
        @Override
        public String type() {
            return "substructure";
        }

        @Override
        public String summary() {
            return "1 if \"smarts\" is present (\"mode\": present) or absent (\"mode\": absent), else 0";
        }

        @Override
        public ScoreComponent create(Spec spec) throws ProfileException {
            spec.allowOnly(java.util.Set.of("type", "smarts", "mode", "name"));
            String smarts = spec.string("smarts");
            String mode = spec.string("mode", "present");
            if (!mode.equals("present") && !mode.equals("absent")) {
                throw spec.error("substructure: \"mode\" must be \"present\" or \"absent\", got \"" + mode + "\"");
            }
            SubstructureQuery q;
            try {
                q = SubstructureQuery.compile(smarts);
            } catch (IllegalArgumentException e) {
                throw spec.error("substructure: invalid SMARTS \"" + smarts + "\": " + e.getMessage());
            }
            return new SubstructureComponent(spec.string("name", "substructure:" + smarts), q, mode.equals("absent"));
        }
    }
}
