package org.denovo.ui.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.denovo.core.chem.Descriptor;

/**
 * One hard filter being edited: at most {@code max} hits of an alert set, or a property within [min, max].
 * Molecules outside are ranked last, whatever their score.
 */
public record FilterDraft(String alertSet, Descriptor property, Double min, Double max, JsonNode raw) {
    public static FilterDraft alerts(String set, int max) {
        return new FilterDraft(set, null, null, (double) max, null);
    }

    public static FilterDraft range(Descriptor d, Double min, Double max) {
        return new FilterDraft(null, d, min, max, null);
    }

    public static FilterDraft fromJson(JsonNode f) {
        String type = f.path("type").asText();
        if (type.equals("alerts") && f.has("set")) {
            return new FilterDraft(f.path("set").asText(), null, null, f.has("max") ? f.path("max").asDouble() : null, null);
        }
        if (type.equals("property") && Descriptor.byColumn(f.path("property").asText()).isPresent()) {
            return new FilterDraft(null, Descriptor.byColumn(f.path("property").asText()).orElseThrow(),
                    f.has("min") ? f.path("min").asDouble() : null, f.has("max") ? f.path("max").asDouble() : null, null);
        }
        return new FilterDraft(null, null, null, null, f.deepCopy());
    }

    public ObjectNode toJson() {
        if (raw != null) {
            return (ObjectNode) raw.deepCopy();
        }
        ObjectNode f = JsonNodeFactory.instance.objectNode();
        if (alertSet != null) {
            f.put("type", "alerts");
            f.put("set", alertSet);
            f.put("max", max == null ? 0 : max);
            f.put("filter_name", alertSet);
        } else {
            f.put("type", "property");
            f.put("property", property.column());
            if (min != null) {
                f.put("min", min);
            }
            if (max != null) {
                f.put("max", max);
            }
        }
        return f;
    }

    @Override
    public String toString() {
        if (raw != null && raw.path("type").asText().equals("alerts") && raw.path("sets").isArray()) {
            java.util.List<String> sets = new java.util.ArrayList<>();
            raw.path("sets").forEach(n -> sets.add(n.asText()));
            double most = raw.path("max").asDouble(0);
            return "at most " + ComponentDraft.num(most) + " alerted group" + (most == 1 ? "" : "s") + " in "
                    + String.join(", ", sets);
        }
        if (raw != null) {
            return raw.toString();
        }
        if (alertSet != null) {
            return "at most " + ComponentDraft.num(max == null ? 0 : max) + " " + alertSet + " alert" + (max != null && max == 1 ? "" : "s");
        }
        return (min == null ? "" : ComponentDraft.num(min) + " ≤ ") + property.column()
                + (max == null ? "" : " ≤ " + ComponentDraft.num(max));
    }
}
