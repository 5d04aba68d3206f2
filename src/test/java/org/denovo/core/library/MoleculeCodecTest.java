package org.denovo.core.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.denovo.core.chem.alerts.AlertHit;
import org.junit.jupiter.api.Test;

/** The hand-written alerts JSON reads back exactly, whatever the descriptions contain. */
class MoleculeCodecTest {
    @Test
    void alertsRoundTripWithAwkwardText() {
        List<AlertHit> hits = List.of(
                new AlertHit("PAINS", "ene_five_het_A(201)", "quote \" backslash \\ tab \t newline \n", new int[] {0, 3, 12}),
                new AlertHit("Glaxo", "G-1", "unicode: αβ ≥ 5 ✓", new int[0]));
        List<AlertHit> back = MoleculeCodec.alerts(MoleculeCodec.alerts(hits));
        assertEquals(hits.size(), back.size());
        for (int i = 0; i < hits.size(); i++) {
            assertEquals(hits.get(i).set(), back.get(i).set());
            assertEquals(hits.get(i).id(), back.get(i).id());
            assertEquals(hits.get(i).description(), back.get(i).description());
            assertArrayEquals(hits.get(i).atoms(), back.get(i).atoms());
        }
        assertNull(MoleculeCodec.alerts(List.of()));
    }
}
