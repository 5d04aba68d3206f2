package org.denovo.ui.profile;

/** The transforms a profile component can use, by their profile-file names. */
public enum TransformKind {
    IDENTITY("identity", "Identity (0-1 values as they are)"),
    SIGMOID("sigmoid", "Sigmoid: higher is better"),
    REVERSE_SIGMOID("reverse_sigmoid", "Reverse sigmoid: lower is better"),
    DOUBLE_SIGMOID("double_sigmoid", "Double sigmoid: a window"),
    STEP("step", "Step: 1 inside [low, high]"),
    LINEAR("linear", "Piecewise linear through points");

    private final String id;
    private final String label;

    TransformKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public static TransformKind of(String id) {
        for (TransformKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown transform " + id);
    }

    @Override
    public String toString() {
        return label;
    }
}
