package org.denovo.core.chem.alerts;

import java.util.ArrayList;
import java.util.List;

/** Reads the shipped alert files into {@link SourceAlert}s, in {@link AlertSets#ALL} order. */
final class AlertSources {
    static final String DIR = "/molecules/alerts/";
    static final String CHEMBL_FILE = DIR + "alert_collection.csv";
    static final String MCF_FILE = DIR + "moses_mcf.csv";
    static final String MOSES_PAINS_FILE = DIR + "moses_wehi_pains.csv";
    static final String QED_FILE = "/molecules/qed/structural_alerts.smarts";

    private AlertSources() {
    }

    static List<SourceAlert> readAll() {
        List<SourceAlert> alerts = new ArrayList<>();
        List<SourceAlert> chembl = readChembl();
        for (String set : AlertSets.CHEMBL_SETS) {
            chembl.stream().filter(a -> a.set().equals(set)).forEach(alerts::add);
        }
        alerts.addAll(readMcf());
        alerts.addAll(readMosesPains());
        alerts.addAll(readQed());
        return alerts;
    }

    /** alert_collection.csv: rule_id,rule_set,description,smarts,rule_set_name,priority,max. */
    static List<SourceAlert> readChembl() {
        List<SourceAlert> alerts = new ArrayList<>();
        for (String line : dataLines(CHEMBL_FILE, true)) {
            List<String> f = CsvLine.split(line);
            alerts.add(new SourceAlert(f.get(4), f.get(0), f.get(2), f.get(3)));
        }
        return alerts;
    }

    /** moses_mcf.csv: names,smarts. */
    static List<SourceAlert> readMcf() {
        List<SourceAlert> alerts = new ArrayList<>();
        for (String line : dataLines(MCF_FILE, true)) {
            List<String> f = CsvLine.split(line);
            alerts.add(new SourceAlert(AlertSets.MCF, f.get(0), "MOSES filter " + f.get(0), f.get(1)));
        }
        return alerts;
    }

    /** moses_wehi_pains.csv: no header, "smarts","&lt;regId=name&gt;" padded with spaces. */
    static List<SourceAlert> readMosesPains() {
        List<SourceAlert> alerts = new ArrayList<>();
        for (String line : dataLines(MOSES_PAINS_FILE, false)) {
            List<String> f = CsvLine.split(line);
            String name = f.get(1).replaceFirst("^<regId=", "").replaceFirst(">$", "");
            alerts.add(new SourceAlert(AlertSets.MOSES_PAINS, name, "PAINS " + name, f.get(0)));
        }
        return alerts;
    }

    /** structural_alerts.smarts: one SMARTS per line; ids QED1..QED116 by line. */
    static List<SourceAlert> readQed() {
        List<SourceAlert> alerts = new ArrayList<>();
        List<String> lines = dataLines(QED_FILE, false);
        for (int i = 0; i < lines.size(); i++) {
            String id = "QED" + (i + 1);
            alerts.add(new SourceAlert(AlertSets.QED, id, "QED structural alert " + (i + 1), lines.get(i).trim()));
        }
        return alerts;
    }

    private static List<String> dataLines(String resource, boolean header) {
        List<String> lines = ClasspathText.lines(resource).stream().filter(l -> !l.isBlank()).toList();
        return header ? lines.subList(1, lines.size()) : lines;
    }
}
