package org.denovo.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;

/** One CSV row per input record, in input order; unreadable records keep their row with an {@code error}. */
public final class PropertiesCsvWriter implements Closeable {
    public static final List<Descriptor> COLUMNS = List.of(Descriptor.values());
    private final Writer out;

    public PropertiesCsvWriter(Writer out) throws IOException {
        this.out = out;
        out.write("smiles," + COLUMNS.stream().map(Descriptor::column).collect(Collectors.joining(","))
                + ",alerts,inchikey,canonical_smiles,name,error,warnings\n");
    }

    public void write(Analysis analysis) throws IOException {
        InputRecord record = analysis.record();
        StringBuilder row = new StringBuilder(256);
        String inputSmiles = record.notation() == Notation.MOLFILE ? null : record.text();
        if (analysis instanceof Analysis.Success ok) {
            AnalyzedMolecule m = ok.molecule();
            row.append(Csv.field(inputSmiles != null ? inputSmiles : m.smiles()));
            for (Descriptor d : COLUMNS) {
                row.append(',').append(Csv.number(d.valueOf(m), d.integral()));
            }
            String alerts = m.alerts().hits().stream().map(h -> h.set() + ":" + h.description())
                    .collect(Collectors.joining("; "));
            row.append(',').append(Csv.field(alerts))
                    .append(',').append(Csv.field(m.molecule().inchiKey()))
                    .append(',').append(Csv.field(m.smiles()))
                    .append(',').append(Csv.field(record.name()))
                    .append(',')
                    .append(',').append(Csv.field(String.join("; ", m.changes())));
        } else {
            Analysis.Failure failure = (Analysis.Failure) analysis;
            row.append(Csv.field(inputSmiles));
            row.append(",".repeat(COLUMNS.size()));
            row.append(",,,,").append(Csv.field(record.name())).append(',').append(Csv.field(failure.reason()))
                    .append(',');
        }
        out.write(row.append('\n').toString());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
