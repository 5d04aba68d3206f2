package org.denovo.core.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AlertCatalogTest {
    private final AlertCatalog catalog = AlertCatalog.loadDefault();

    @Test
    void loadsEverySetWithTheExpectedCounts() {
        Map<String, AlertSetInfo> sets = catalog.sets().stream()
                .collect(Collectors.toMap(AlertSetInfo::name, Function.identity()));
        // name -> {source, loaded, fixed, excluded}; fixes and exclusions are listed in molecules/alerts/*.csv
        Map<String, int[]> expected = Map.ofEntries(
                Map.entry(AlertSets.GLAXO, new int[] {55, 55, 0, 0}),
                Map.entry(AlertSets.DUNDEE, new int[] {105, 105, 0, 0}),
                Map.entry(AlertSets.BMS, new int[] {180, 180, 0, 0}),
                Map.entry(AlertSets.PAINS, new int[] {481, 481, 0, 0}),
                Map.entry(AlertSets.SURECHEMBL, new int[] {166, 166, 0, 0}),
                Map.entry(AlertSets.MLSMR, new int[] {116, 116, 0, 0}),
                Map.entry(AlertSets.INPHARMATICA, new int[] {91, 91, 0, 0}),
                Map.entry(AlertSets.LINT, new int[] {57, 57, 0, 0}),
                Map.entry(AlertSets.MCF, new int[] {22, 22, 0, 0}),
                Map.entry(AlertSets.MOSES_PAINS, new int[] {480, 480, 0, 0}),
                Map.entry(AlertSets.QED, new int[] {116, 116, 0, 0}));
        assertEquals(AlertSets.ALL, catalog.sets().stream().map(AlertSetInfo::name).toList());
        expected.forEach((name, counts) -> {
            AlertSetInfo info = sets.get(name);
            assertEquals(counts[0], info.source(), name + " source");
            assertEquals(counts[1], info.loaded(), name + " loaded");
            assertEquals(counts[2], info.fixed(), name + " fixed");
            assertEquals(counts[3], info.excluded(), name + " excluded");
        });
        assertEquals(1251, AlertSets.CHEMBL_SETS.stream().mapToInt(s -> sets.get(s).source()).sum());
        int loaded = catalog.sets().stream().mapToInt(AlertSetInfo::loaded).sum();
        assertEquals(loaded, catalog.alerts().size());
        assertEquals(catalog.sets().stream().mapToInt(AlertSetInfo::fixed).sum(),
                catalog.alerts().stream().filter(Alert::isFixed).count());
    }

    @Test
    void defaultCatalogIsCachedAndImmutable() {
        assertSame(catalog, AlertCatalog.loadDefault());
        List<Alert> alerts = catalog.alerts();
        assertThrows(UnsupportedOperationException.class, () -> alerts.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> catalog.sets().clear());
    }

    @Test
    void idsAreUniqueWithinEachSet() {
        long distinct = catalog.alerts().stream().map(a -> a.set() + ":" + a.id()).distinct().count();
        assertEquals(catalog.alerts().size(), distinct);
    }

    @Test
    void hydrogenPatternsAreMatchedWithExplicitHydrogens() {
        Map<String, Alert> byKey = catalog.alerts().stream()
                .collect(Collectors.toMap(a -> a.set() + ":" + a.id(), Function.identity()));
        assertTrue(byKey.get("MCF:MCF4").explicitHydrogens()); // [H]C([H])([#6])[F,Cl,Br,I]
        assertTrue(byKey.get("MCF:MCF1").explicitHydrogens()); // MOSES matches all its SMARTS with explicit H
        assertTrue(byKey.get("PAINS:409").explicitHydrogens()); // ene_rhod_B, uses [H] and [#1]
        assertEquals(false, byKey.get("Dundee:113").explicitHydrogens()); // C=!@CC=[O,S]
        assertEquals(false, byKey.get("Inpharmatica:1112").explicitHydrogens()); // only [!#1]
    }
}
