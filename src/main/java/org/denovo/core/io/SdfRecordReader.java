package org.denovo.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;

/**
 * SD files, V2000 or V3000: the molfile block is kept as text for the chemistry layer to parse,
 * and SD tags are collected in order. A record ends at a {@code $$$$} line.
 */
final class SdfRecordReader extends RecordReader {
    private final int maxRecordChars;
    private long count;

    SdfRecordReader(BufferedReader reader, int maxRecordChars) {
        super(reader, maxRecordChars);
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    protected InputRecord readNext() throws IOException {
        String line = lines.readLine();
        while (line != null && line.isBlank() && count > 0) {
            line = lines.readLine(); // tolerate blank lines between records
        }
        if (line == null) {
            return null;
        }
        count++;
        long start = lines.lineNumber();
        String name = line.strip();
        StringBuilder block = new StringBuilder(2048).append(line).append('\n');
        long recordChars = line.length() + 1;
        boolean sawEnd = false;
        Map<String, String> tags = new LinkedHashMap<>();
        String error = null;
        if (lines.lastLineTooLong()) {
            return oversized(start, "");
        }
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("$$$$") && !lines.lastLineTooLong()) {
                break;
            }
            recordChars += line.length() + 1;
            if (lines.lastLineTooLong() || recordChars > maxRecordChars) {
                return oversized(start, name);
            }
            if (!sawEnd) {
                block.append(line).append('\n');
                if (line.startsWith("M  END")) {
                    sawEnd = true;
                }
                continue;
            }
            if (line.startsWith(">")) {
                String tag = tagName(line);
                StringBuilder value = new StringBuilder();
                String v;
                while ((v = lines.readLine()) != null && !v.isEmpty() && !v.startsWith("$$$$")) {
                    recordChars += v.length() + 1;
                    if (lines.lastLineTooLong() || recordChars > maxRecordChars) {
                        return oversized(start, name);
                    }
                    if (value.length() > 0) {
                        value.append('\n');
                    }
                    value.append(v);
                }
                if (tag != null) {
                    tags.put(tag, value.toString());
                }
                if (v == null) {
                    break;
                }
                if (v.startsWith("$$$$")) {
                    lines.pushBack(v);
                }
            }
        }
        if (error == null && !sawEnd) {
            error = "no 'M  END' line: not a complete molfile";
        }
        if (error != null) {
            return InputRecord.failed(count, start, Notation.MOLFILE, name, error);
        }
        return new InputRecord(count, start, Notation.MOLFILE, block.toString(), name, tags, null);
    }

    /** Reads past the rest of a record that is too large, and reports it. */
    private InputRecord oversized(long start, String name) throws IOException {
        skipToEnd();
        String title = name.length() > 80 ? name.substring(0, 80) : name;
        return InputRecord.failed(count, start, Notation.MOLFILE, title, "SD record " + RecordLimits.tooLong(maxRecordChars));
    }

    private void skipToEnd() throws IOException {
        String line;
        while ((line = lines.readLine()) != null && !(line.startsWith("$$$$") && !lines.lastLineTooLong())) {
            // discard the rest of an oversized record
        }
    }

    private static String tagName(String header) {
        int open = header.indexOf('<');
        int close = header.indexOf('>', open + 1);
        if (open < 0 || close < 0) {
            return null;
        }
        return header.substring(open + 1, close);
    }
}
