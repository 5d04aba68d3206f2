package org.denovo.core.report;

/**
 * One colour per compared run (Okabe and Ito's colour-blind-safe set), repeated after eight runs. The report and the
 * window's comparison view use the same colours.
 */
public final class Palette {
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#000000", "#8C6D31"};

    private Palette() {
    }

    public static String of(int run) {
        return COLOURS[run % COLOURS.length];
    }
}
