package org.denovo.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Map;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;

/** SMILES files: one molecule per line, an optional name after whitespace, '#' comments and blank lines skipped. */
final class SmilesRecordReader extends RecordReader {
    private long count;

    SmilesRecordReader(BufferedReader reader, int maxRecordChars) {
        super(reader, maxRecordChars);
    }

    @Override
    protected InputRecord readNext() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            if (lines.lastLineTooLong()) {
                count++;
                return InputRecord.failed(count, lines.lineNumber(), Notation.SMILES, "",
                        "line " + RecordLimits.tooLong(lines.maxLineChars()));
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            count++;
            int split = indexOfWhitespace(trimmed);
            String smiles = split < 0 ? trimmed : trimmed.substring(0, split);
            String name = split < 0 ? "" : trimmed.substring(split).strip();
            if (count == 1 && smiles.equalsIgnoreCase("smiles")) {
                count = 0; // a header line
                continue;
            }
            return new InputRecord(count, lines.lineNumber(), Notation.SMILES, smiles, name, Map.of(), null);
        }
        return null;
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
