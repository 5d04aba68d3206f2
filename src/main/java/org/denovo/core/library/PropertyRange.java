package org.denovo.core.library;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A filter on one sortable column: {@code min <= column <= max}; either bound may be null (open). */
public record PropertyRange(String column, Double min, Double max) {
    private static final Pattern EXPRESSION = Pattern.compile("\\s*([a-z_0-9]+)\\s*(>=|<=|=|>|<)\\s*(-?[0-9.eE+-]+)\\s*");

    public PropertyRange {
        column = MoleculeColumns.require(column);
    }

    /** Parses {@code qed>=0.7}, {@code mol_weight<500}, {@code pains=0}. Strict bounds are treated as inclusive. */
    public static PropertyRange parse(String expression) {
        Matcher m = EXPRESSION.matcher(expression.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read filter '" + expression + "'; write e.g. qed>=0.7 or pains=0");
        }
        double value;
        try {
            value = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number in filter '" + expression + "'");
        }
        return switch (m.group(2)) {
            case ">=", ">" -> new PropertyRange(m.group(1), value, null);
            case "<=", "<" -> new PropertyRange(m.group(1), null, value);
            default -> new PropertyRange(m.group(1), value, value);
        };
    }
}
