package org.denovo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrappableTextTest {
    @Test
    void longSmilesGetBreakOpportunitiesAndReadTheSame() {
        String name = "optimize COCCNC(=O)c1ccc2c(c1)ncn2-c1ccc(C)c(Cl)c1 (qed)";
        String shown = WrappableText.of(name);
        assertEquals(name, shown.replace("\u200B", ""));
        for (String word : shown.split("[\\s\u200B]")) {
            assertTrue(word.length() <= 12, "no unbroken run over 12 characters: " + word);
        }
        assertEquals("generate 400 (seed 3)", WrappableText.of("generate 400 (seed 3)"));
    }
}
