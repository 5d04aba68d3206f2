package org.denovo.ui.compare;

import java.util.Locale;

/** A run's colour in the forms the charts' styles need. */
public final class CssColours {
    private CssColours() {
    }

    /** "#0072B2" with opacity {@code alpha} as "rgba(0,114,178,0.25)". */
    public static String rgba(String hex, double alpha) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }
}
