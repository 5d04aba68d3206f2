package org.denovo.core.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.ElementCounts;

/** 1 when every element count lies within its limits, e.g. {@code {"Cl": [0, 2], "Br": [0, 0]}}, else 0. */
public record FormulaComponent(String name, Map<String, int[]> limits) implements ScoreComponent {
    @Override
    public double raw(AnalyzedMolecule molecule) {
        Map<String, Integer> counts = ElementCounts.ofFormula(molecule.formula());
        for (Map.Entry<String, int[]> e : limits.entrySet()) {
            int n = counts.getOrDefault(e.getKey(), 0);
            if (n < e.getValue()[0] || n > e.getValue()[1]) {
                return 0.0;
            }
        }
        return 1.0;
    }

    /** {@code {"type": "formula", "limits": {"Cl": [0, 2]}}}. */
    public static final class Type implements ComponentType {
        @Override
        public String type() {
            return "formula";
        }

        @Override
        public String summary() {
            return "1 if each element count is within \"limits\", e.g. {\"Cl\": [0, 2], \"N\": [1, 5]}";
        }

        @Override
        public ScoreComponent create(Spec spec) throws ProfileException {
            spec.allowOnly(java.util.Set.of("type", "limits", "name"));
            JsonNode node = spec.node().get("limits");
            if (node == null || !node.isObject() || node.isEmpty()) {
                throw spec.error("formula: \"limits\" must be an object such as {\"Cl\": [0, 2]}");
            }
            Map<String, int[]> limits = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (!ElementCounts.isElement(e.getKey())) {
                    throw spec.error("formula: \"" + e.getKey() + "\" is not an element symbol");
                }
                if (!v.isArray() || v.size() != 2 || !v.get(0).canConvertToInt() || !v.get(1).canConvertToInt()
                        || v.get(0).asInt() > v.get(1).asInt()) {
                    throw spec.error("formula: limit for " + e.getKey() + " must be [min, max] with min <= max, got " + v);
                }
                limits.put(e.getKey(), new int[] {v.get(0).asInt(), v.get(1).asInt()});
            }
            return new FormulaComponent(spec.string("name", "formula"), Map.copyOf(limits));
        }
    }
}
