package org.denovo.core.io;

/**
 * The largest record the readers hold: one SMILES or CSV line, or one SD record (molfile and tags). Longer
 * records are skipped and reported. The default can be changed with the system property
 * {@code denovo.maxRecordChars} (the command line's {@code --max-record-size}).
 */
public final class RecordLimits {
    public static final int DEFAULT_MAX_RECORD_CHARS = 1_000_000;
    public static final String PROPERTY = "denovo.maxRecordChars";

    private RecordLimits() {
    }

    public static int maxRecordChars() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            return DEFAULT_MAX_RECORD_CHARS;
        }
        try {
            int value = Integer.parseInt(configured.strip());
            return value > 0 ? value : DEFAULT_MAX_RECORD_CHARS;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_RECORD_CHARS;
        }
    }

    /** "longer than 1,000,000 characters, the maximum record size" */
    static String tooLong(int maxRecordChars) {
        return String.format(java.util.Locale.ROOT, "longer than %,d characters, the maximum record size", maxRecordChars);
    }
}
