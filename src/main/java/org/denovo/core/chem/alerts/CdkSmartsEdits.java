package org.denovo.core.chem.alerts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped corrections for CDK: cdk_fixes.csv (set,id,original,fixed,reason) rewrites a SMARTS,
 * excluded.csv (set,id,smarts,reason) drops it. Each entry must quote the source SMARTS exactly,
 * so a changed source file cannot silently pick up a stale edit.
 */
final class CdkSmartsEdits {
    static final String FIXES_FILE = AlertSources.DIR + "cdk_fixes.csv";
    static final String EXCLUDED_FILE = AlertSources.DIR + "excluded.csv";

    private final Map<String, List<String>> fixes = new HashMap<>();
    private final Map<String, List<String>> exclusions = new HashMap<>();

    private CdkSmartsEdits() {
    }

    static CdkSmartsEdits loadDefault() {
        CdkSmartsEdits edits = new CdkSmartsEdits();
        readInto(FIXES_FILE, edits.fixes);
        readInto(EXCLUDED_FILE, edits.exclusions);
        return edits;
    }

    private static void readInto(String resource, Map<String, List<String>> target) {
        List<String> lines = ClasspathText.lines(resource);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = CsvLine.split(line);
            if (target.put(key(f.get(0), f.get(1)), f) != null) {
                throw new IllegalStateException(resource + ": duplicate entry " + line);
            }
        }
    }

    private static String key(String set, String id) {
        return set + "\u0000" + id;
    }

    boolean isExcluded(SourceAlert alert) {
        List<String> entry = exclusions.get(key(alert.set(), alert.id()));
        return entry != null && checkOriginal(EXCLUDED_FILE, entry, alert);
    }

    /** The SMARTS to compile: the fixed one when a fix exists, else the source one. */
    String smartsFor(SourceAlert alert) {
        List<String> entry = fixes.get(key(alert.set(), alert.id()));
        return entry != null && checkOriginal(FIXES_FILE, entry, alert) ? entry.get(3) : alert.smarts();
    }

    /** Every edit must name an alert that exists, with its exact source SMARTS. */
    void checkAllUsed(List<SourceAlert> sources) {
        Map<String, SourceAlert> byKey = new HashMap<>();
        sources.forEach(a -> byKey.put(key(a.set(), a.id()), a));
        for (Map<String, List<String>> edits : List.of(fixes, exclusions)) {
            for (Map.Entry<String, List<String>> e : edits.entrySet()) {
                if (!byKey.containsKey(e.getKey())) {
                    throw new IllegalStateException("edit for unknown alert " + e.getValue());
                }
            }
        }
    }

    private static boolean checkOriginal(String file, List<String> entry, SourceAlert alert) {
        if (!entry.get(2).equals(alert.smarts())) {
            throw new IllegalStateException(file + ": original SMARTS of " + alert.set() + " " + alert.id()
                    + " does not match the source: " + entry.get(2) + " vs " + alert.smarts());
        }
        return true;
    }
}
