package org.denovo.core.chem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Every per-molecule number the app reports, by its column name. Booleans are 0 or 1. */
public enum Descriptor {
    MOL_WEIGHT("mol_weight", a -> a.properties().molWeight(), false),
    HEAVY_ATOMS("heavy_atoms", a -> a.properties().heavyAtoms(), true),
    RINGS("rings", a -> a.properties().rings(), true),
    AROMATIC_RINGS("aromatic_rings", a -> a.properties().aromaticRings(), true),
    HBD("hbd", a -> a.properties().hbd(), true),
    HBA("hba", a -> a.properties().hba(), true),
    TPSA("tpsa", a -> a.properties().tpsa(), false),
    ROTATABLE_BONDS("rotatable_bonds", a -> a.properties().rotatableBonds(), true),
    CRIPPEN_LOGP("crippen_logp", a -> a.properties().crippenLogP(), false),
    FSP3("fsp3", a -> a.properties().fsp3(), false),
    QED("qed", a -> a.properties().qed(), false),
    SA_SCORE("sa_score", AnalyzedMolecule::saScore, false),
    PAINS("pains", a -> a.alerts().pains() ? 1 : 0, true),
    MOSES_FILTERS("moses_filters", a -> a.alerts().mosesFilters() ? 1 : 0, true),
    FORMAL_CHARGE("formal_charge", a -> a.properties().formalCharge(), true),
    STEREOCENTRES("stereocentres", a -> a.properties().stereocentres(), true),
    LIPINSKI_VIOLATIONS("lipinski_violations", a -> a.properties().lipinskiViolations(), true),
    VEBER_PASS("veber_pass", a -> a.properties().veberPass() ? 1 : 0, true),
    ALERT_COUNT("alert_count", a -> a.alerts().hits().size(), true);

    private final String column;
    private final ToDoubleFunction<AnalyzedMolecule> extractor;
    private final boolean integral;

    Descriptor(String column, ToDoubleFunction<AnalyzedMolecule> extractor, boolean integral) {
        this.column = column;
        this.extractor = extractor;
        this.integral = integral;
    }

    public String column() {
        return column;
    }

    public boolean integral() {
        return integral;
    }

    public double valueOf(AnalyzedMolecule molecule) {
        return extractor.applyAsDouble(molecule);
    }

    public static Optional<Descriptor> byColumn(String column) {
        String key = column.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.column.equals(key)).findFirst();
    }

    public static String knownColumns() {
        return String.join(", ", Arrays.stream(values()).map(Descriptor::column).toList());
    }
}
