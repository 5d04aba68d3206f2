package org.denovo.core.compare;

import java.util.function.ToDoubleFunction;

/**
 * A number per molecule whose distribution is compared between runs. The score and the bounded properties keep their
 * natural range so that histograms read the same in every report; the others take their range from the data.
 */
public enum Measure {
    SCORE("score", "Score", ComparedMolecule::score, 0, 1),
    QED("qed", "QED", m -> m.properties().qed(), 0, 1),
    SA_SCORE("sa_score", "SA score (1 easy, 10 hard)", ComparedMolecule::saScore, 1, 10),
    MOL_WEIGHT("mol_weight", "Molecular weight", m -> m.properties().molWeight(), Double.NaN, Double.NaN),
    CRIPPEN_LOGP("crippen_logp", "logP (Crippen)", m -> m.properties().crippenLogP(), Double.NaN, Double.NaN),
    TPSA("tpsa", "TPSA (Å²)", m -> m.properties().tpsa(), Double.NaN, Double.NaN);

    private final String key;
    private final String label;
    private final ToDoubleFunction<ComparedMolecule> value;
    private final double min;
    private final double max;

    Measure(String key, String label, ToDoubleFunction<ComparedMolecule> value, double min, double max) {
        this.key = key;
        this.label = label;
        this.value = value;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public double valueOf(ComparedMolecule m) {
        return value.applyAsDouble(m);
    }

    /** Whether the range is fixed ({@link #min()} to {@link #max()}) rather than taken from the data. */
    public boolean bounded() {
        return !Double.isNaN(min);
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }
}
