package org.denovo.ui.export;

/** What an export writes. */
public enum ExportScope {
    SELECTION("Selected molecules"),
    FILTERED_VIEW("The filtered view"),
    RUN("The whole run"),
    TOP_K("Top K of the filtered view");

    private final String label;

    ExportScope(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
