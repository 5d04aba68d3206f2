package org.denovo.core.generate;

import java.util.regex.Pattern;

/**
 * A decoding-time mask that forbids only tokens after which no continuation could parse as SMILES: the end token
 * before any atom, while a branch or ring bond is open, or straight after a bond or '('; and ')' with no branch
 * open, straight after '(' or after a bond. Tracks each string of a batch (open branches, open ring-bond labels,
 * the last token's kind). The sampler draws as usual and redraws among the allowed tokens only when a draw is
 * forbidden, so a string that never draws a forbidden token comes out exactly as it would without the mask.
 */
final class SmilesSyntaxMask {
    private static final Pattern RING_LABEL = Pattern.compile("[0-9]|%[0-9]{2}");
    private static final String BONDS = "-=#$:/\\.";
    private static final byte ATOM = 0;
    private static final byte OPEN = 1;
    private static final byte CLOSE = 2;
    private static final byte RING = 3;
    private static final byte BOND = 4;
    private static final byte SPECIAL = 5;
    private static final byte NOTHING = 6;

    private final byte[] kindOf;
    private final int[] ringSlot;
    private final int eos;
    private final int close;
    private final int[] depth;
    private final long[][] openRings;
    private final boolean[] hasAtom;
    private final byte[] last;

    SmilesSyntaxMask(Vocabulary vocab, int rows) {
        int n = vocab.size();
        kindOf = new byte[n];
        ringSlot = new int[n];
        int slots = 0;
        int closeId = -1;
        for (int id = 0; id < n; id++) {
            String t = vocab.token(id);
            if (vocab.isSpecial(id)) {
                kindOf[id] = SPECIAL;
            } else if (t.equals("(")) {
                kindOf[id] = OPEN;
            } else if (t.equals(")")) {
                kindOf[id] = CLOSE;
                closeId = id;
            } else if (RING_LABEL.matcher(t).matches()) {
                kindOf[id] = RING;
                ringSlot[id] = slots++;
            } else if (t.length() == 1 && BONDS.indexOf(t.charAt(0)) >= 0) {
                kindOf[id] = BOND;
            } else {
                kindOf[id] = ATOM;
            }
        }
        eos = vocab.eos();
        close = closeId;
        depth = new int[rows];
        openRings = new long[rows][(slots + 63) / 64];
        hasAtom = new boolean[rows];
        last = new byte[rows];
        java.util.Arrays.fill(last, NOTHING);
    }

    /** Records that string {@code row} now ends with {@code token}. */
    void accept(int row, int token) {
        byte kind = kindOf[token];
        switch (kind) {
            case OPEN -> depth[row]++;
            case CLOSE -> depth[row] = Math.max(0, depth[row] - 1);
            case RING -> openRings[row][ringSlot[token] >>> 6] ^= 1L << (ringSlot[token] & 63);
            case ATOM -> hasAtom[row] = true;
            default -> { }
        }
        if (kind != SPECIAL) {
            last[row] = kind;
        }
    }

    /** False when every continuation of string {@code row} with {@code token} would fail to parse. */
    boolean allows(int row, int token) {
        if (token == eos) {
            return hasAtom[row] && depth[row] == 0 && noOpenRing(row) && last[row] != BOND && last[row] != OPEN;
        }
        if (token == close) {
            return depth[row] > 0 && last[row] != OPEN && last[row] != BOND;
        }
        return true;
    }

    private boolean noOpenRing(int row) {
        for (long word : openRings[row]) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }
}
