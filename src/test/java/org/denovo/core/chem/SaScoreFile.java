package org.denovo.core.chem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.denovo.core.chem.structure.Molecules;

/**
 * Dev tool: scores a SMILES file (.gz allowed) with {@link SaScorer}, one "idx\tsa" line per input
 * line (NaN if unparsable), to compare a table end to end with RDKit on held-out molecules.
 * Usage: java -cp ... org.denovo.core.chem.SaScoreFile IN.smi[.gz] OUT.tsv [TABLE.tsv.gz]
 */
public final class SaScoreFile {
    private SaScoreFile() {
    }

    public static void main(String[] args) throws IOException {
        SaScorer scorer = SaScorer.loadDefault();
        if (args.length > 2) {
            try (InputStream table = Files.newInputStream(Path.of(args[2]))) {
                scorer = SaScorer.withTable(SaFragmentTable.read(table));
            }
        }
        InputStream in = Files.newInputStream(Path.of(args[0]));
        if (args[0].endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
            w.println("idx\tsa");
            String line;
            int idx = 0;
            while ((line = r.readLine()) != null) {
                double sa;
                try {
                    sa = scorer.score(Molecules.parseSmiles(line.trim().split("\\s+")[0]));
                } catch (Exception e) {
                    sa = Double.NaN;
                }
                w.printf("%d\t%.4f%n", idx++, sa);
            }
        }
    }
}
