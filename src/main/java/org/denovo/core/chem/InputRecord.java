package org.denovo.core.chem;

import java.util.Map;

/**
 * One molecule record as read from a file or a generator, before any chemistry: a SMILES string or a molfile
 * block, or the reason it could not be read. Readers in {@code core.io} produce it; the chemistry core reads only this.
 *
 * @param number 1-based record number in the file
 * @param line   1-based line where the record starts
 * @param tags   SD tags or extra CSV columns, in file order
 * @param error  why the record could not be read, or null
 */
public record InputRecord(long number, long line, Notation notation, String text, String name,
                        Map<String, String> tags, String error) {
    public InputRecord {
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
    }

    public static InputRecord failed(long number, long line, Notation notation, String name, String error) {
        return new InputRecord(number, line, notation, "", name, Map.of(), error);
    }

    public boolean ok() {
        return error == null;
    }

    /** "record 12 (line 340)" for messages. */
    public String where() {
        return "record " + number + " (line " + line + ")";
    }
}
