package org.denovo.core.chem.depict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepictorTest {
    /** A cyclobutenone whose carbonyl O lies on the right edge of the layout: its alert glow must not be cut. */
    private static final String SMILES = "c1ccnc(c1)C2=C(CC2=O)C(=O)Nc3ccc(cc3)Cl";

    @Test
    void theHighlightGlowStaysInsideTheImage() throws Exception {
        BufferedImage img = new Depictor().depict(SMILES, 420, 290, List.of(new int[] {6, 7, 8, 9, 10}));
        assertEquals(420, img.getWidth());
        int highlighted = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (isHighlight(img.getRGB(x, y))) {
                    highlighted++;
                    boolean border = x < 2 || y < 2 || x >= img.getWidth() - 2 || y >= img.getHeight() - 2;
                    assertTrue(!border, "highlight reaches the edge at " + x + "," + y);
                }
            }
        }
        assertTrue(highlighted > 500, "the alert is highlighted: " + highlighted + " pixels");
    }

    private static boolean isHighlight(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return r > 180 && g > 50 && g < 120 && b < 70; // the orange glow, 0xE04F1A
    }
}
