package org.denovo.ui.lineage;

/**
 * One scoring component for the lead and for a molecule: raw values and desirabilities (NaN when not computed).
 */
public record ComponentComparison(String name, double weight, double leadRaw, double leadDesirability, double raw,
                                  double desirability) {
    /** How much the molecule's desirability gained over the lead's. */
    public double gain() {
        return desirability - leadDesirability;
    }
}
