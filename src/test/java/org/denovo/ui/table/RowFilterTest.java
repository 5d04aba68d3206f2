package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RowFilterTest {
    static MoleculeRow aspirin;
    static MoleculeRow rhodanine;
    static MoleculeRow imatinib;

    @BeforeAll
    static void rows() throws Exception {
        aspirin = TestRows.row(1, "CC(=O)Oc1ccccc1C(=O)O", "aspirin");
        // an ene-rhodanine: a PAINS alert
        rhodanine = TestRows.row(2, "O=C1NC(=S)SC1=Cc1ccccc1", "rhodanine");
        imatinib = TestRows.row(3, "Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1", "imatinib");
    }

    private static List<String> keep(String filter) {
        RowFilter f = RowFilter.parse(filter);
        return List.of(aspirin, rhodanine, imatinib).stream().filter(f.predicate()).map(MoleculeRow::name).toList();
    }

    @Test
    void comparisonsOnPropertiesAndAliases() {
        assertEquals(List.of("aspirin", "rhodanine"), keep("mw < 300"));
        assertEquals(List.of("imatinib"), keep("mol_weight >= 400"));
        assertEquals(List.of("rhodanine"), keep("200 <= mw <= 250"));
        assertEquals(List.of("imatinib"), keep("450 < mw"));
        assertEquals(List.of("aspirin"), keep("mw < 300, hbd = 1, logp < 1.5"));
        assertEquals(List.of("aspirin"), keep("mw < 300 and hbd = 1 and logp < 1.5"));
    }

    @Test
    void alertSetsByName() {
        assertEquals(List.of("aspirin", "imatinib"), keep("no PAINS"));
        assertEquals(List.of("rhodanine"), keep("has pains"));
        assertEquals(List.of("rhodanine"), keep("PAINS"));
    }

    @Test
    void curationAndText() {
        aspirin.starredProperty().set(true);
        imatinib.ratingProperty().set(4);
        imatinib.tagsProperty().set(List.of("kinase"));
        try {
            assertEquals(List.of("aspirin"), keep("starred"));
            assertEquals(List.of("rhodanine", "imatinib"), keep("unstarred"));
            assertEquals(List.of("imatinib"), keep("rating >= 3"));
            assertEquals(List.of("imatinib"), keep("#kinase"));
            assertEquals(List.of("imatinib"), keep("imat"));
            assertEquals(List.of("aspirin", "rhodanine", "imatinib"), keep("   "));
        } finally {
            aspirin.starredProperty().set(false);
            imatinib.ratingProperty().set(0);
            imatinib.tagsProperty().set(List.of());
        }
    }

    @Test
    void scoreAndPassing() {
        assertFalse(rhodanine.scored().score().total() > 0 && !rhodanine.filteredOut(), "PAINS is filtered by drug-like");
        assertEquals(List.of("aspirin", "imatinib"), keep("passes"));
        assertEquals(List.of("rhodanine"), keep("filtered"));
    }

    @Test
    void mistakesAreExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RowFilter.parse("qde > 0.5"));
        assertTrue(e.getMessage().contains("unknown column \"qde\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RowFilter.parse("no FOO"));
        assertTrue(e.getMessage().contains("unknown alert set"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RowFilter.parse("mw >> 3"));
        assertTrue(e.getMessage().contains("cannot read"), e.getMessage());
    }

    @Test
    void similarityAndRoundOfOptimisationRuns() throws Exception {
        MoleculeRow plain = TestRows.row(9, "CCO", "ethanol");
        MoleculeRow made = new MoleculeRow(10, 1, new org.denovo.core.score.ScoredMolecule(plain.molecule().withTags(
                java.util.Map.of("similarity", "0.5500", "round", "2", "parent", "CC")), plain.scored().score(), 0),
                false, 0, List.of(), "");
        assertTrue(RowFilter.parse("sim >= 0.5, round = 2").predicate().test(made));
        assertFalse(RowFilter.parse("similarity >= 0.6").predicate().test(made));
        assertFalse(RowFilter.parse("sim >= 0").predicate().test(plain), "no similarity outside optimisation runs");
    }
}
