package org.denovo.ui.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.denovo.core.chem.Descriptor;

/**
 * One profile component being edited: what it measures (a property, similarity to reference molecules, a substructure,
 * or an alert count) with its transform and weight. Components of other types (formulas) are kept as their JSON and
 * shown read-only.
 */
public final class ComponentDraft {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final ObjectProperty<ComponentKind> kind = new SimpleObjectProperty<>(ComponentKind.PROPERTY);
    private final ObjectProperty<Descriptor> property = new SimpleObjectProperty<>(Descriptor.QED);
    private final StringProperty references = new SimpleStringProperty("");
    private final StringProperty smarts = new SimpleStringProperty("");
    private final StringProperty alertSets = new SimpleStringProperty("");
    /** "max" or "mean" for similarity, "present" or "absent" for a substructure. */
    private final StringProperty mode = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<TransformKind> transform = new SimpleObjectProperty<>(TransformKind.IDENTITY);
    private final DoubleProperty low = new SimpleDoubleProperty(0);
    private final DoubleProperty high = new SimpleDoubleProperty(1);
    private final DoubleProperty k = new SimpleDoubleProperty(0.5);
    private final DoubleProperty coefDiv = new SimpleDoubleProperty(1);
    private final DoubleProperty coefSi = new SimpleDoubleProperty(10);
    private final DoubleProperty coefSe = new SimpleDoubleProperty(10);
    private final StringProperty points = new SimpleStringProperty("0:0, 1:1");
    private final DoubleProperty weight = new SimpleDoubleProperty(1);
    private final JsonNode raw;

    public ComponentDraft() {
        this.raw = null;
    }

    private ComponentDraft(JsonNode raw) {
        this.raw = raw;
    }

    /** Reads a component entry of a profile file. */
    public static ComponentDraft fromJson(JsonNode c) {
        ComponentKind kind = ComponentKind.ofType(c.path("type").asText());
        if (kind == null || (kind == ComponentKind.PROPERTY && Descriptor.byColumn(c.path("property").asText()).isEmpty())) {
            return new ComponentDraft(c.deepCopy());
        }
        ComponentDraft d = new ComponentDraft();
        d.kind.set(kind);
        switch (kind) {
            case PROPERTY -> d.property.set(Descriptor.byColumn(c.path("property").asText()).orElseThrow());
            case SIMILARITY -> {
                List<String> refs = new ArrayList<>();
                c.path("smiles").forEach(s -> refs.add(s.asText()));
                if (c.path("smiles").isTextual()) {
                    refs.add(c.path("smiles").asText());
                }
                d.references.set(String.join(", ", refs));
                d.mode.set(c.path("mode").asText("max"));
            }
            case SUBSTRUCTURE -> {
                d.smarts.set(c.path("smarts").asText(""));
                d.mode.set(c.path("mode").asText("present"));
            }
            case ALERTS -> {
                List<String> sets = new ArrayList<>();
                c.path("sets").forEach(s -> sets.add(s.asText()));
                if (c.has("set")) {
                    sets.add(c.path("set").asText());
                }
                d.alertSets.set(String.join(", ", sets));
            }
        }
        d.name.set(c.path("name").asText(""));
        d.weight.set(c.path("weight").asDouble(1));
        JsonNode t = c.path("transform");
        d.transform.set(t.isMissingNode() ? TransformKind.IDENTITY : TransformKind.of(t.path("type").asText("identity")));
        d.low.set(t.path("low").asDouble(d.low.get()));
        d.high.set(t.path("high").asDouble(d.high.get()));
        d.k.set(t.path("k").asDouble(0.5));
        d.coefDiv.set(t.path("coef_div").asDouble(Math.max(1, d.high.get())));
        d.coefSi.set(t.path("coef_si").asDouble(10));
        d.coefSe.set(t.path("coef_se").asDouble(10));
        if (t.path("points").isArray()) {
            StringBuilder s = new StringBuilder();
            for (JsonNode p : t.path("points")) {
                s.append(s.length() == 0 ? "" : ", ").append(num(p.get(0).asDouble())).append(':').append(num(p.get(1).asDouble()));
            }
            d.points.set(s.toString());
        }
        return d;
    }

    public ObjectNode toJson() {
        if (raw != null) {
            return (ObjectNode) raw.deepCopy();
        }
        ObjectNode c = JSON.objectNode();
        c.put("type", kind.get().type());
        switch (kind.get()) {
            case PROPERTY -> c.put("property", property.get().column());
            case SIMILARITY -> {
                ArrayNode refs = c.putArray("smiles");
                for (String s : references.get().split("[,\\s]+")) {
                    if (!s.isBlank()) {
                        refs.add(s.strip());
                    }
                }
                c.put("mode", mode.get().isBlank() ? "max" : mode.get());
            }
            case SUBSTRUCTURE -> {
                c.put("smarts", smarts.get().strip());
                c.put("mode", mode.get().isBlank() ? "present" : mode.get());
            }
            case ALERTS -> {
                ArrayNode sets = c.putArray("sets");
                for (String s : alertSets.get().split("[,\\s]+")) {
                    if (!s.isBlank()) {
                        sets.add(s.strip());
                    }
                }
                if (sets.isEmpty()) {
                    c.remove("sets"); // every catalogue
                }
            }
        }
        if (!name.get().isBlank()) {
            c.put("name", name.get().strip());
        }
        c.put("weight", weight.get());
        ObjectNode t = c.putObject("transform");
        t.put("type", transform.get().id());
        switch (transform.get()) {
            case SIGMOID, REVERSE_SIGMOID -> {
                t.put("low", low.get());
                t.put("high", high.get());
                t.put("k", k.get());
            }
            case DOUBLE_SIGMOID -> {
                t.put("low", low.get());
                t.put("high", high.get());
                t.put("coef_div", coefDiv.get());
                t.put("coef_si", coefSi.get());
                t.put("coef_se", coefSe.get());
            }
            case STEP -> {
                t.put("low", low.get());
                t.put("high", high.get());
            }
            case LINEAR -> {
                ArrayNode list = t.putArray("points");
                for (String pair : points.get().split(",")) {
                    String[] xy = pair.strip().split("[:\\s]+");
                    if (xy.length != 2) {
                        throw new IllegalArgumentException("points are written x:y, x:y; cannot read \"" + pair.strip() + "\"");
                    }
                    list.addArray().add(Double.parseDouble(xy[0])).add(Double.parseDouble(xy[1]));
                }
            }
            case IDENTITY -> {
            }
        }
        return c;
    }

    public boolean editable() {
        return raw == null;
    }

    /** "qed · identity · weight 2" for the component list. */
    public String summary() {
        if (raw != null) {
            return raw.path("type").asText("component") + " " + raw.path("name").asText(raw.toString()) + " (read-only)";
        }
        String what = switch (kind.get()) {
            case PROPERTY -> property.get().column();
            case SIMILARITY -> "similarity";
            case SUBSTRUCTURE -> "substructure " + smarts.get();
            case ALERTS -> "alerts" + (alertSets.get().isBlank() ? "" : " " + alertSets.get());
        };
        return (name.get().isBlank() ? what : name.get()) + " · " + transform.get().id() + " · weight " + num(weight.get());
    }

    /** Where a window's desirability is down to about a tenth on each side, in the property's units. */
    public String windowHelp() {
        double below = low.get() - coefDiv.get() / coefSe.get();
        double above = high.get() + coefDiv.get() / coefSi.get();
        return "1 at the best point between " + num(low.get()) + " and " + num(high.get()) + "; down to about a tenth at "
                + num(round(below)) + " and at " + num(round(above)) + ".";
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : v;
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
    }

    public ObjectProperty<ComponentKind> kindProperty() {
        return kind;
    }

    /** Reference SMILES of a similarity component, separated by commas. */
    public StringProperty referencesProperty() {
        return references;
    }

    public StringProperty smartsProperty() {
        return smarts;
    }

    /** Alert sets counted, separated by commas; blank for every catalogue. */
    public StringProperty alertSetsProperty() {
        return alertSets;
    }

    public StringProperty modeProperty() {
        return mode;
    }

    public ObjectProperty<Descriptor> propertyProperty() {
        return property;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<TransformKind> transformProperty() {
        return transform;
    }

    public DoubleProperty lowProperty() {
        return low;
    }

    public DoubleProperty highProperty() {
        return high;
    }

    public DoubleProperty kProperty() {
        return k;
    }

    public DoubleProperty coefDivProperty() {
        return coefDiv;
    }

    public DoubleProperty coefSiProperty() {
        return coefSi;
    }

    public DoubleProperty coefSeProperty() {
        return coefSe;
    }

    public StringProperty pointsProperty() {
        return points;
    }

    public DoubleProperty weightProperty() {
        return weight;
    }
}
