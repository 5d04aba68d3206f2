package org.denovo.core.chem;

/**
 * Syntax rules CDK's parser forgives but RDKit and Daylight do not: a bond symbol with no atom after it,
 * empty or directly nested branches, and dots at either end.
 */
final class SmilesSyntax {
    private SmilesSyntax() {
    }

    /** The reason the SMILES breaks a rule, or null. */
    static String problem(String s) {
        if (s.isEmpty()) {
            return "empty SMILES";
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (isBond(first) || first == '.' || first == '(' || first == ')') {
            return "SMILES cannot start with '" + first + "'";
        }
        if (isBond(last) || last == '.' || last == '(') {
            return "SMILES cannot end with '" + last + "'";
        }
        boolean inBracket = false;
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            char n = s.charAt(i + 1);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            }
            if (inBracket) {
                continue;
            }
            if (c == '(' && (n == ')' || n == '(' || n == '.')) {
                return "empty branch at position " + (i + 1);
            }
            if (isBond(c) && (n == ')' || n == '.' || n == '(' || isBond(n))) {
                return "bond '" + c + "' without an atom at position " + (i + 1);
            }
            if (c == '.' && (n == ')' || isBond(n))) {
                return "misplaced '.' at position " + (i + 1);
            }
        }
        return null;
    }

    private static boolean isBond(char c) {
        return c == '-' || c == '=' || c == '#' || c == '$' || c == ':' || c == '/' || c == '\\';
    }
}
