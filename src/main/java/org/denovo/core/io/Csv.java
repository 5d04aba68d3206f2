package org.denovo.core.io;

import java.util.Locale;

/** RFC 4180 field quoting and number formatting shared by the CSV writers. */
public final class Csv {
    private Csv() {
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** Integers without decimals, others to 4 decimals, NaN as an empty field. */
    public static String number(double v, boolean integral) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (integral) {
            return Long.toString(Math.round(v));
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
