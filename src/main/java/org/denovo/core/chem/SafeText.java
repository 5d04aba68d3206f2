package org.denovo.core.chem;

/**
 * Input text made safe to show in a message: control characters (terminal escape sequences, bells, line
 * breaks) are spelled out, e.g. {@code \e} and {@code \x07}, and long values are shortened in the middle.
 */
public final class SafeText {
    private SafeText() {
    }

    public static String of(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        String shown = text;
        if (shown.length() > maxChars) {
            int keep = Math.max(1, (maxChars - 1) / 2);
            shown = shown.substring(0, keep) + "\u2026" + shown.substring(shown.length() - keep)
                    + " (" + String.format(java.util.Locale.ROOT, "%,d", text.length()) + " characters)";
        }
        StringBuilder out = null;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (Character.isSurrogate(c) && !validSurrogateAt(shown, i));
            if (control && out == null) {
                out = new StringBuilder(shown.length() + 16).append(shown, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == 0x1b) {
                    out.append("\\e");
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format(java.util.Locale.ROOT, c <= 0xff ? "\\x%02x" : "\\u%04x", (int) c));
                }
            }
        }
        return out == null ? shown : out.toString();
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
