package org.denovo.core.score;

import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Descriptor;

/** A computed property such as {@code qed} or {@code mol_weight}. */
public record PropertyComponent(String name, Descriptor descriptor) implements ScoreComponent {
    @Override
    public double raw(AnalyzedMolecule molecule) {
        return descriptor.valueOf(molecule);
    }

    /** {@code {"type": "property", "property": "qed"}}. */
    public static final class Type implements ComponentType {
        @Override
        public String type() {
            return "property";
        }

        @Override
        public String summary() {
            return "a computed property: " + Descriptor.knownColumns();
        }

        @Override
        public ScoreComponent create(Spec spec) throws ProfileException {
            spec.allowOnly(java.util.Set.of("type", "property", "name"));
            String column = spec.string("property");
            Descriptor d = Descriptor.byColumn(column).orElseThrow(() -> spec.error(
                    "unknown property \"" + column + "\"; known properties: " + Descriptor.knownColumns()));
            return new PropertyComponent(spec.string("name", d.column()), d);
        }
    }
}
