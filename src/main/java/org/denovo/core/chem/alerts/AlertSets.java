package org.denovo.core.chem.alerts;

import java.util.List;

/** Names of the catalogue sets, in screening order. */
public final class AlertSets {
    public static final String GLAXO = "Glaxo";
    public static final String DUNDEE = "Dundee";
    public static final String BMS = "BMS";
    public static final String PAINS = "PAINS";
    public static final String SURECHEMBL = "SureChEMBL";
    public static final String MLSMR = "MLSMR";
    public static final String INPHARMATICA = "Inpharmatica";
    public static final String LINT = "LINT";
    /** MOSES medicinal-chemistry filters (moses_mcf.csv). */
    public static final String MCF = "MCF";
    /** PAINS A/B/C as used by MOSES and RDKit's FilterCatalog (moses_wehi_pains.csv). */
    public static final String MOSES_PAINS = "MOSES_PAINS";
    /** The 116 alerts counted by QED. */
    public static final String QED = "QED";

    /**
     * Not a catalogue set: the hit the analyser adds when the input molecule holds a metal ({@link
     * org.denovo.core.chem.Metals}), so profiles can filter organometallics with {@code "set": "Metal"}.
     */
    public static final String METAL = "Metal";

    /** The eight sets of alert_collection.csv, as named in its rule_set_name column. */
    public static final List<String> CHEMBL_SETS =
            List.of(GLAXO, DUNDEE, BMS, PAINS, SURECHEMBL, MLSMR, INPHARMATICA, LINT);

    public static final List<String> ALL =
            List.of(GLAXO, DUNDEE, BMS, PAINS, SURECHEMBL, MLSMR, INPHARMATICA, LINT, MCF, MOSES_PAINS, QED);

    private AlertSets() {
    }
}
