package org.denovo.ui.compare;

import org.denovo.core.compare.CompareSettings;

/** What the trade-off chart weighs the score against; similarity needs a lead among the compared runs. */
public enum TradeOffAxis {
    SIMILARITY(CompareSettings.SIMILARITY, "Similarity to the lead"),
    QED("qed", "QED"),
    FSP3("fsp3", "Fsp3");

    private final String key;
    private final String label;

    TradeOffAxis(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name {@link CompareSettings#versus()} takes. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The axis of a comparison's trade-off ({@code TradeOff.axis()}), or null for an unknown one. */
    public static TradeOffAxis of(String key) {
        for (TradeOffAxis a : values()) {
            if (a.key.equals(key)) {
                return a;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
