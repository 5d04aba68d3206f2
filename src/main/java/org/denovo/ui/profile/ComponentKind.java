package org.denovo.ui.profile;

/** The kinds of profile component the editor writes; others (formulas) are kept as their JSON. */
public enum ComponentKind {
    PROPERTY("property", "property"),
    SIMILARITY("similarity", "similarity to reference molecules"),
    SUBSTRUCTURE("substructure", "substructure present or absent"),
    ALERTS("alerts", "number of structural alerts");

    private final String type;
    private final String label;

    ComponentKind(String type, String label) {
        this.type = type;
        this.label = label;
    }

    /** The component's {@code "type"} in a profile file. */
    public String type() {
        return type;
    }

    static ComponentKind ofType(String type) {
        for (ComponentKind k : values()) {
            if (k.type.equals(type)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
