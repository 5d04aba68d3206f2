package org.denovo.ui.table;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.denovo.core.score.ComponentScore;

/** Colours a transformed component score: pass from 0.8, warn from 0.5, fail below. */
public final class Verdicts {
    private static final PseudoClass PASS = PseudoClass.getPseudoClass("pass");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass FAIL = PseudoClass.getPseudoClass("fail");
    private static final PseudoClass FILTERED = PseudoClass.getPseudoClass("filtered");

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

    /**
     * Shows a verdict ("pass", "warn", "fail", "filtered" or "" for none) as a CSS pseudo-class. Unlike swapping
     * style classes, this only changes state, so recycled table cells do not re-run the whole CSS cascade.
     */
    public static void style(Node node, String verdict) {
        String v = verdict == null ? "" : verdict;
        node.pseudoClassStateChanged(PASS, v.equals("pass"));
        node.pseudoClassStateChanged(WARN, v.equals("warn"));
        node.pseudoClassStateChanged(FAIL, v.equals("fail"));
        node.pseudoClassStateChanged(FILTERED, v.equals("filtered"));
    }
}
