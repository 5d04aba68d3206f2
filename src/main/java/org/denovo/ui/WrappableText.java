package org.denovo.ui;

/** Text that a wrapping label may break anywhere: long names such as a lead's SMILES have no spaces to break at. */
public final class WrappableText {
    private static final int LONGEST_UNBROKEN = 12;

    private WrappableText() {
    }

    /** The text with a zero-width space in each run of over {@value #LONGEST_UNBROKEN} characters without one. */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int unbroken = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            unbroken = Character.isWhitespace(c) ? 0 : unbroken + 1;
            if (unbroken == LONGEST_UNBROKEN && i + 1 < text.length()) {
                out.append('\u200B');
                unbroken = 0;
            }
        }
        return out.toString();
    }
}
