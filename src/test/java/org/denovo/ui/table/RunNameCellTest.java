package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class RunNameCellTest {
    @Test
    void longSmilesGetBreakOpportunitiesAndReadTheSame() {
        String name = "optimize COCCNC(=O)c1ccc2c(c1)ncn2-c1ccc(C)c(Cl)c1 (qed)";
        String shown = RunNameCell.breakable(name);
        assertEquals(name, shown.replace("\u200B", ""));
        for (String word : shown.split("[\\s\u200B]")) {
            assertTrue(word.length() <= 12, "no unbroken run over 12 characters: " + word);
        }
        assertEquals("generate 400 (seed 3)", RunNameCell.breakable("generate 400 (seed 3)"));
    }
}
