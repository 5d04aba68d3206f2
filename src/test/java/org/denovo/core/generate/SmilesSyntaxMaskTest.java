package org.denovo.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmilesSyntaxMaskTest {
    private static final Vocabulary VOCAB = new Vocabulary(
            List.of("<pad>", "<bos>", "<eos>", "<unk>", "(", ")", "1", "%10", "=", "C", "c", "[nH]", "O"),
            "(\\[[^\\]]+]|C|O|c|\\(|\\)|=|%[0-9]{2}|[0-9])", "<pad>", "<bos>", "<eos>", "<unk>");

    /** "E" if the end token is allowed after {@code smiles}, ")" if a closing bracket is, both, or "". */
    private static String allowedAfter(String smiles) {
        SmilesSyntaxMask mask = new SmilesSyntaxMask(VOCAB).reset(2);
        for (int token : new SmilesTokenizer(VOCAB).encode(smiles)) {
            mask.accept(1, token);
        }
        return (mask.allows(1, VOCAB.eos()) ? "E" : "") + (mask.allows(1, VOCAB.id(")")) ? ")" : "");
    }

    @Test
    void endsOnlyWhenBranchesAndRingsAreClosed() {
        assertEquals("", allowedAfter(""));
        assertEquals("E", allowedAfter("C"));
        assertEquals(")", allowedAfter("CC(C"));
        assertEquals("", allowedAfter("CC("));
        assertEquals("E", allowedAfter("CC(C)"));
        assertEquals("", allowedAfter("C1CC"));
        assertEquals("E", allowedAfter("C1CC1"));
        assertEquals("", allowedAfter("C%10CC"));
        assertEquals("E", allowedAfter("C%10CC%10"));
        assertEquals("E", allowedAfter("c1cc[nH]c1"));
    }

    @Test
    void neverEndsOrClosesABranchAfterABond() {
        assertEquals("", allowedAfter("C="));
        assertEquals("", allowedAfter("CC(="));
        assertEquals(")", allowedAfter("CC(=O"));
    }

    @Test
    void allowsEveryOtherToken() {
        SmilesSyntaxMask mask = new SmilesSyntaxMask(VOCAB).reset(1);
        for (String t : List.of("(", "1", "%10", "=", "C", "c", "[nH]", "O")) {
            assertEquals(true, mask.allows(0, VOCAB.id(t)), t);
        }
    }

    @Test
    void tracksEachStringOfTheBatchApart() {
        SmilesSyntaxMask mask = new SmilesSyntaxMask(VOCAB).reset(2);
        mask.accept(0, VOCAB.id("C"));
        mask.accept(1, VOCAB.id("C"));
        mask.accept(1, VOCAB.id("("));
        assertEquals(true, mask.allows(0, VOCAB.eos()));
        assertEquals(false, mask.allows(1, VOCAB.eos()));
    }
}
