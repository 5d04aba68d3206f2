package org.denovo.ui.detail;

import org.denovo.core.score.ComponentScore;

/** Colours a transformed component score: pass from 0.8, warn from 0.5, fail below. */
public final class Verdicts {
    private Verdicts() {
    }

    public static String of(ComponentScore c) {
        return c == null ? "" : of(c.score());
    }

    public static String of(double desirability) {
        if (Double.isNaN(desirability)) {
            return "fail";
        }
        return desirability >= 0.8 ? "pass" : desirability >= 0.5 ? "warn" : "fail";
    }
}
