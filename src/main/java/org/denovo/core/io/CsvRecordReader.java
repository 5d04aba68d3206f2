package org.denovo.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;

/** CSV with a header row and a {@code smiles} column; a name/id/title column names the record, the rest become tags. */
final class CsvRecordReader extends RecordReader {
    private static final List<String> NAME_COLUMNS = List.of("name", "id", "title", "molecule_name", "compound_id");
    private final MappingIterator<List<String>> rows;
    private final List<String> header;
    private final int smilesColumn;
    private final int nameColumn;
    private final int maxRecordChars;
    private long count;
    private boolean stopped;

    CsvRecordReader(BufferedReader reader, int maxRecordChars) throws IOException {
        super(reader, maxRecordChars);
        this.maxRecordChars = maxRecordChars;
        CsvMapper mapper = new CsvMapper(CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxRecordChars).build())
                .build());
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        this.rows = mapper.readerForListOf(String.class).readValues(reader);
        try {
            this.header = rows.hasNextValue() ? rows.nextValue() : List.of();
        } catch (StreamConstraintsException e) {
            throw new IOException("CSV header " + RecordLimits.tooLong(maxRecordChars));
        }
        this.smilesColumn = indexOf(header, List.of("smiles", "canonical_smiles", "smi"));
        if (smilesColumn < 0) {
            throw new IOException("CSV header has no 'smiles' column (found: " + String.join(", ", header) + ")");
        }
        this.nameColumn = indexOf(header, NAME_COLUMNS);
    }

    private static int indexOf(List<String> header, List<String> wanted) {
        for (String w : wanted) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(w)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private long lastTooLongLine = -1;

    @Override
    protected InputRecord readNext() throws IOException {
        while (!stopped) {
            long line = rows.getCurrentLocation().getLineNr();
            List<String> row;
            try {
                if (!rows.hasNextValue()) {
                    return null;
                }
                line = rows.getCurrentLocation().getLineNr();
                row = rows.nextValue();
            } catch (StreamConstraintsException e) {
                // the parser cannot resume inside an oversized field: report it (once per line) and stop
                stopped = true;
                if (line == lastTooLongLine) {
                    return null;
                }
                count++;
                return InputRecord.failed(count, line, Notation.SMILES, "", "CSV field "
                        + RecordLimits.tooLong(maxRecordChars) + "; the rest of the file is not read");
            } catch (JsonProcessingException e) {
                count++;
                if (e.getCause() instanceof StreamConstraintsException
                        || String.valueOf(e.getOriginalMessage()).contains("StreamReadConstraints")) {
                    lastTooLongLine = line;
                    return InputRecord.failed(count, line, Notation.SMILES, "", "CSV field "
                            + RecordLimits.tooLong(maxRecordChars));
                }
                return InputRecord.failed(count, line, Notation.SMILES, "", "malformed CSV row: " + e.getOriginalMessage());
            }
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            count++;
            String name = nameColumn >= 0 && nameColumn < row.size() ? row.get(nameColumn).strip() : "";
            if (smilesColumn >= row.size() || row.get(smilesColumn).isBlank()) {
                return InputRecord.failed(count, line, Notation.SMILES, name, "empty 'smiles' field");
            }
            Map<String, String> tags = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(header.size(), row.size()); i++) {
                if (i != smilesColumn && i != nameColumn) {
                    tags.put(header.get(i), row.get(i));
                }
            }
            return new InputRecord(count, line, Notation.SMILES, row.get(smilesColumn).strip(), name, tags, null);
        }
        return null;
    }

    List<String> header() {
        return new ArrayList<>(header);
    }

    @Override
    public void close() throws IOException {
        rows.close();
        super.close();
    }
}
