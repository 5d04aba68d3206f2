package org.denovo.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.denovo.core.score.ScoredMolecule;

/** Ranked CSV: a header from the first molecule's fields (the fixed fields when there is none), one row per molecule. */
public final class CsvExporter implements MoleculeExporter {
    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of(".csv");
    }

    @Override
    public ExportSink open(Writer out) {
        return new ExportSink() {
            private List<String> header;

            @Override
            public void write(ScoredMolecule s) throws IOException {
                Map<String, String> fields = ScoredFields.of(s);
                if (header == null) {
                    header = new ArrayList<>(fields.keySet());
                    out.write(String.join(",", header.stream().map(Csv::field).toList()) + "\n");
                }
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < header.size(); i++) {
                    if (i > 0) {
                        row.append(',');
                    }
                    row.append(Csv.field(fields.getOrDefault(header.get(i), "")));
                }
                out.write(row.append('\n').toString());
            }

            @Override
            public void close() throws IOException {
                if (header == null) { // no molecules: still a CSV a spreadsheet or script can read
                    out.write(String.join(",", ScoredFields.fixedNames()) + "\n");
                }
                out.close();
            }
        };
    }
}
