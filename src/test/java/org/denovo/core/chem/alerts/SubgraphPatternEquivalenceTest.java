package org.denovo.core.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.denovo.core.chem.smarts.CompiledSmarts;
import org.denovo.core.chem.structure.Molecules;
import org.denovo.core.chem.smarts.SubgraphPattern;
import org.denovo.core.chem.smarts.TargetGraph;
import org.denovo.core.chem.smarts.UnsupportedSmartsException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The array matcher ({@link SubgraphPattern}) finds a match exactly where CDK's matcher does, for every alert
 * SMARTS on both the heavy-atom and the explicit-hydrogen copy of each molecule, and screening with it gives
 * the same alerts. Molecules: the 500 reference molecules; {@code -Ddenovo.equivalence.smiles=FILE[.gz]}
 * adds more (e.g. chembl_valid) for a longer run.
 */
class SubgraphPatternEquivalenceTest {
    private static final List<IAtomContainer> MOLECULES = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        for (ReferenceMolecules r : ReferenceMolecules.load()) {
            MOLECULES.add(Molecules.parseSmiles(r.smiles()));
        }
        String extra = System.getProperty("denovo.equivalence.smiles");
        if (extra != null) {
            int limit = Integer.getInteger("denovo.equivalence.limit", Integer.MAX_VALUE);
            for (String smiles : readSmiles(Path.of(extra), limit)) {
                try {
                    MOLECULES.add(Molecules.parseSmiles(smiles));
                } catch (Exception e) {
                    // unreadable records are not what this test is about
                }
            }
        }
    }

    @Test
    void everyPatternMatchesWhereCdkMatches() {
        AlertCatalog catalog = AlertCatalog.loadDefault();
        Set<String> distinct = new LinkedHashSet<>();
        for (Alert alert : catalog.alerts()) {
            distinct.add(alert.smarts());
        }
        List<CompiledSmarts> cdk = new ArrayList<>();
        List<SubgraphPattern> fast = new ArrayList<>();
        List<String> compiled = new ArrayList<>();
        int unsupported = 0;
        for (String smarts : distinct) {
            try {
                fast.add(SubgraphPattern.compile(smarts));
                cdk.add(CompiledSmarts.compileCdkOnly(smarts));
                compiled.add(smarts);
            } catch (UnsupportedSmartsException e) {
                if (unsupported++ < 5) {
                    System.out.println("left to CDK: " + smarts + " (" + e.getMessage() + ")");
                }
            }
        }
        System.out.printf("array matcher: %d of %d distinct alert SMARTS compiled, %d left to CDK; %d molecules%n",
                compiled.size(), distinct.size(), unsupported, MOLECULES.size());
        assertTrue(unsupported <= 20, "too many SMARTS fall back to CDK: " + unsupported);
        List<String> differences = new ArrayList<>();
        long matches = 0;
        for (int m = 0; m < MOLECULES.size(); m++) {
            ScreenTarget target = new ScreenTarget(MOLECULES.get(m), false);
            TargetGraph heavy = TargetGraph.of(target.graph(false));
            for (boolean explicitH : new boolean[] {false, true}) {
                IAtomContainer graph = target.graph(explicitH);
                // the explicit-hydrogen copy is built from arrays, not from CDK's copy
                TargetGraph flat = explicitH ? heavy.withExplicitHydrogens() : heavy;
                for (int p = 0; p < compiled.size(); p++) {
                    boolean expected = cdk.get(p).matches(graph);
                    boolean actual = fast.get(p).matches(flat);
                    matches += expected ? 1 : 0;
                    if (expected != actual && differences.size() < 20) {
                        differences.add("molecule " + m + " explicitH=" + explicitH + " " + compiled.get(p)
                                + ": CDK " + expected + ", array matcher " + actual);
                    }
                }
            }
        }
        System.out.printf("array matcher: %d CDK matches reproduced%n", matches);
        assertEquals(List.of(), differences);
    }

    @Test
    void screeningFindsTheSameAlerts() {
        AlertCatalog withArrays = AlertCatalog.load(true, false, true);
        AlertCatalog withCdk = AlertCatalog.load(false, false, false); // no pre-screens either
        for (int m = 0; m < MOLECULES.size(); m++) {
            AlertReport expected = withCdk.screen(MOLECULES.get(m));
            AlertReport actual = withArrays.screen(MOLECULES.get(m));
            assertEquals(ids(expected), ids(actual), "molecule " + m);
            assertEquals(expected.pains(), actual.pains());
            assertEquals(expected.mosesFilters(), actual.mosesFilters());
        }
    }

    /** Diagnostic, not a check: the SMARTS that cost the most to match ({@code -Ddenovo.patternCosts=true}). */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "denovo.patternCosts", matches = "true")
    void printCostliestPatterns() {
        AlertCatalog catalog = AlertCatalog.loadDefault();
        List<Alert> alerts = catalog.alerts();
        List<SubgraphPattern> fast = new ArrayList<>();
        for (Alert alert : alerts) {
            fast.add(SubgraphPattern.compile(alert.smarts()));
        }
        long[] nanos = new long[alerts.size()];
        for (int round = 0; round < 2; round++) {
            java.util.Arrays.fill(nanos, 0);
            for (IAtomContainer mol : MOLECULES) {
                ScreenTarget target = new ScreenTarget(mol, false);
                for (int p = 0; p < alerts.size(); p++) {
                    TargetGraph g = target.targetGraph(alerts.get(p).explicitHydrogens());
                    long t0 = System.nanoTime();
                    fast.get(p).matches(g);
                    nanos[p] += System.nanoTime() - t0;
                }
            }
        }
        Integer[] idx = new Integer[alerts.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Long.compare(nanos[b], nanos[a]));
        long total = java.util.Arrays.stream(nanos).sum();
        System.out.printf("total %.1f us/molecule%n", total / 1e3 / MOLECULES.size());
        long[] perMol = new long[MOLECULES.size()];
        for (int m = 0; m < MOLECULES.size(); m++) {
            long t0 = System.nanoTime();
            catalog.screen(MOLECULES.get(m));
            perMol[m] = System.nanoTime() - t0;
        }
        Integer[] byCost = new Integer[perMol.length];
        for (int i = 0; i < byCost.length; i++) {
            byCost[i] = i;
        }
        java.util.Arrays.sort(byCost, (a, b) -> Long.compare(perMol[b], perMol[a]));
        long all = java.util.Arrays.stream(perMol).sum();
        for (int i = 0; i < 15; i++) {
            int m = byCost[i];
            System.out.printf("molecule %d: %.2f ms (%.1f%% of all) %s%n", m, perMol[m] / 1e6, 100.0 * perMol[m] / all,
                    org.denovo.core.chem.structure.Molecules.canonicalSmilesOrEmpty(MOLECULES.get(m)));
        }
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (IAtomContainer mol : MOLECULES) {
                catalog.screen(mol);
            }
            System.out.printf("screen(): %.1f us/molecule%n", (System.nanoTime() - t0) / 1e3 / MOLECULES.size());
            t0 = System.nanoTime();
            for (IAtomContainer mol : MOLECULES) {
                new ScreenTarget(mol, false).targetGraph(true);
            }
            System.out.printf("ScreenTarget: %.1f us/molecule%n", (System.nanoTime() - t0) / 1e3 / MOLECULES.size());
        }
        for (int i = 0; i < 40; i++) {
            Alert a = alerts.get(idx[i]);
            System.out.printf("%6.2f us/mol %5.1f%% H=%s %s %s%n", nanos[idx[i]] / 1e3 / MOLECULES.size(),
                    100.0 * nanos[idx[i]] / total, a.explicitHydrogens(), a.set(), a.smarts());
        }
    }

    private static Set<String> ids(AlertReport report) {
        Set<String> ids = new TreeSet<>();
        for (AlertHit hit : report.hits()) {
            ids.add(hit.set() + ":" + hit.id());
        }
        return ids;
    }

    private static List<String> readSmiles(Path file, int limit) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null && out.size() < limit; line = reader.readLine()) {
                String smiles = line.strip().split("\\s+")[0];
                if (!smiles.isEmpty() && !smiles.startsWith("#")) {
                    out.add(smiles);
                }
            }
        }
        return out;
    }
}
