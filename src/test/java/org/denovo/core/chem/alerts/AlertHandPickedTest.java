package org.denovo.core.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.denovo.core.chem.structure.Molecules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openscience.cdk.interfaces.IAtomContainer;

/** Molecules that must or must not hit specific alerts; expectations checked with RDKit 2022.09. */
class AlertHandPickedTest {
    private final AlertCatalog catalog = AlertCatalog.loadDefault();

    private AlertReport screen(String smiles) throws Exception {
        return catalog.screen(Molecules.parseSmiles(smiles));
    }

    private Set<String> keys(AlertReport report) {
        return report.hits().stream().map(AlertHit::key).collect(Collectors.toSet());
    }

    @Test
    void methylAcrylateIsAMichaelAcceptor() throws Exception {
        AlertReport report = screen("C=CC(=O)OC");
        assertTrue(keys(report).containsAll(Set.of("Dundee:113", "MLSMR:1070", "LINT:1228", "QED:QED104")), keys(report).toString());
        assertFalse(report.pains());
        assertTrue(report.mosesFilters());
    }

    @Test
    void azobenzeneHitsAzoAlertsPainsAndMcf() throws Exception {
        AlertReport report = screen("c1ccccc1N=Nc1ccccc1");
        assertTrue(keys(report).containsAll(Set.of("Dundee:92", "PAINS:346", "MOSES_PAINS:azo_A(324)",
                "MCF:MCF10", "MCF:MCF11", "QED:QED14")), keys(report).toString());
        assertTrue(report.pains());
        assertFalse(report.mosesFilters());
        AlertHit diazo = report.hitsOf(AlertSets.DUNDEE).stream().filter(h -> h.id().equals("92")).findFirst().orElseThrow();
        assertArrayEquals(new int[] {6, 7}, diazo.atoms()); // the two N of [N!R]=[N!R]
    }

    @Test
    void benzylideneRhodanineIsPains() throws Exception {
        AlertReport report = screen("O=C1NC(=S)SC1=Cc1ccccc1");
        assertTrue(keys(report).containsAll(Set.of("PAINS:351", "MOSES_PAINS:ene_rhod_A(235)", "BMS:309")),
                keys(report).toString());
        assertTrue(report.pains());
        assertFalse(report.mosesFilters());
    }

    @Test
    void ibuprofenIsClean() throws Exception {
        AlertReport report = screen("CC(C)Cc1ccc(cc1)C(C)C(=O)O");
        assertEquals(Set.of(), keys(report));
        assertFalse(report.pains());
        assertTrue(report.mosesFilters());
    }

    @ParameterizedTest
    @CsvSource({
            "C[N+](C)(C)CCO, false",      // formal charge
            "C[Si](C)(C)CCO, false",      // element outside C,N,S,O,F,Cl,Br,H
            "ICCCO, false",               // iodine
            "OC1CCCCCCC1, false",         // 8-membered ring
            "OC1CCCCCC1, true",           // 7-membered ring is fine
            "Oc1ccc2ccccc2c1, true",      // fused rings: SSSR has two 6-rings, not the 10-ring envelope
            "OCC(Cl)(Cl)Cl, true"})
    void mosesRules(String smiles, boolean passes) throws Exception {
        assertEquals(passes, screen(smiles).mosesFilters(), smiles);
    }

    @Test
    void screeningLeavesTheCallersMoleculeUnchanged() throws Exception {
        IAtomContainer mol = Molecules.parseSmiles("O=C1NC(=S)SC1=Cc1ccc(N(C)C)cc1");
        String before = Molecules.canonicalSmiles(mol);
        int atoms = mol.getAtomCount();
        catalog.screen(mol);
        assertEquals(before, Molecules.canonicalSmiles(mol));
        assertEquals(atoms, mol.getAtomCount());
    }

    @Test
    void explicitHydrogensInTheInputGiveTheSameHits() throws Exception {
        AlertReport implicit = screen("OC(=O)C=Cc1ccccc1");
        AlertReport explicit = screen("[H]OC(=O)C([H])=C([H])c1ccccc1");
        assertEquals(keys(implicit), keys(explicit));
        assertEquals(implicit.mosesFilters(), explicit.mosesFilters());
    }

    @Test
    void hitsAreValues() {
        AlertHit a = new AlertHit("PAINS", "1", "x", new int[] {1, 2});
        AlertHit b = new AlertHit("PAINS", "1", "x", new int[] {1, 2});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        a.atoms()[0] = 9;
        assertEquals(b, a); // atoms() hands out a copy
    }
}
