package org.denovo.core.generate;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A decoding-time mask that forbids only tokens after which no continuation could parse as SMILES: the end token
 * before any atom, while a branch or ring bond is open, or straight after a bond or '('; and ')' with no branch
 * open, straight after '(' or after a bond. Tracks each string of a batch (open branches, open ring-bond labels,
 * the last token's kind). The sampler draws as usual and redraws among the allowed tokens only when a draw is
 * forbidden, so a string that never draws a forbidden token comes out exactly as it would without the mask.
 * The vocabulary is classified once; {@link #reset} starts a new batch.
 */
final class SmilesSyntaxMask {
    private static final Pattern RING_LABEL = Pattern.compile("[0-9]|%[0-9]{2}");
    private static final String BONDS = "-=#$:/\\.";

    private enum Kind { ATOM, OPEN, CLOSE, RING, BOND, SPECIAL, NOTHING }

    private final Kind[] kindOf;
    private final int[] ringSlot;
    private final int ringWords;
    private final int eos;
    private final int close;
    private int[] depth = new int[0];
    private long[][] openRings = new long[0][];
    private boolean[] hasAtom = new boolean[0];
    private Kind[] last = new Kind[0];

    SmilesSyntaxMask(Vocabulary vocab) {
        int n = vocab.size();
        kindOf = new Kind[n];
        ringSlot = new int[n];
        int slots = 0;
        int closeId = -1;
        for (int id = 0; id < n; id++) {
            String t = vocab.token(id);
            if (vocab.isSpecial(id)) {
                kindOf[id] = Kind.SPECIAL;
            } else if (t.equals("(")) {
                kindOf[id] = Kind.OPEN;
            } else if (t.equals(")")) {
                kindOf[id] = Kind.CLOSE;
                closeId = id;
            } else if (RING_LABEL.matcher(t).matches()) {
                kindOf[id] = Kind.RING;
                ringSlot[id] = slots++;
            } else if (t.length() == 1 && BONDS.indexOf(t.charAt(0)) >= 0) {
                kindOf[id] = Kind.BOND;
            } else {
                kindOf[id] = Kind.ATOM;
            }
        }
        ringWords = (slots + 63) / 64;
        eos = vocab.eos();
        close = closeId;
    }

    /** Starts a batch of {@code rows} empty strings; returns this mask. */
    SmilesSyntaxMask reset(int rows) {
        if (depth.length != rows) {
            depth = new int[rows];
            openRings = new long[rows][ringWords];
            hasAtom = new boolean[rows];
            last = new Kind[rows];
        } else {
            Arrays.fill(depth, 0);
            for (long[] words : openRings) {
                Arrays.fill(words, 0L);
            }
            Arrays.fill(hasAtom, false);
        }
        Arrays.fill(last, Kind.NOTHING);
        return this;
    }

    /** Records that string {@code row} now ends with {@code token}. */
    void accept(int row, int token) {
        Kind kind = kindOf[token];
        switch (kind) {
            case OPEN -> depth[row]++;
            case CLOSE -> depth[row] = Math.max(0, depth[row] - 1);
            case RING -> openRings[row][ringSlot[token] >>> 6] ^= 1L << (ringSlot[token] & 63);
            case ATOM -> hasAtom[row] = true;
            default -> { }
        }
        if (kind != Kind.SPECIAL) {
            last[row] = kind;
        }
    }

    /** False when every continuation of string {@code row} with {@code token} would fail to parse. */
    boolean allows(int row, int token) {
        if (token == eos) {
            return hasAtom[row] && depth[row] == 0 && noOpenRing(row)
                    && last[row] != Kind.BOND && last[row] != Kind.OPEN;
        }
        if (token == close) {
            return depth[row] > 0 && last[row] != Kind.OPEN && last[row] != Kind.BOND;
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
