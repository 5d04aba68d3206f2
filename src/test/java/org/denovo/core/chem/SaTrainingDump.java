package org.denovo.core.chem;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.denovo.core.chem.structure.Molecules;

/**
 * Dev tool for the SA table build (see molecules/sa/README.md): writes, for every input SMILES,
 * the CDK complexity features and the counted circular fragments exactly as {@link SaScorer} sees them.
 *
 * Output TSV (gzip): idx, ok, n_atoms, n_chiral, n_spiro, n_bridgehead, n_macrocycles, penalty,
 * n_distinct, n_frag, fragments as space-separated "hexid:count".
 * Usage: java -cp ... org.denovo.core.chem.SaTrainingDump IN.smi.gz OUT.tsv.gz
 */
public final class SaTrainingDump {
    private SaTrainingDump() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(Files.newInputStream(in)), StandardCharsets.UTF_8));
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                     new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8))) {
            w.write("idx\tok\tn_atoms\tn_chiral\tn_spiro\tn_bridgehead\tn_macrocycles\tpenalty\tn_distinct\tn_frag\tfragments\n");
            String line;
            int idx = 0;
            while ((line = r.readLine()) != null) {
                w.write(row(idx, line.trim().split("\\s+")[0]));
                if (++idx % 20000 == 0) {
                    System.err.println(idx);
                }
            }
        }
    }

    private static String row(int idx, String smiles) {
        try {
            SaFeatures f = SaFeatures.of(Molecules.parseSmiles(smiles));
            SaComplexity c = f.complexity();
            CircularFragments frags = f.fragments();
            StringBuilder sb = new StringBuilder();
            sb.append(idx).append("\t1\t").append(c.atoms()).append('\t').append(c.stereocentres()).append('\t')
                    .append(c.spiroAtoms()).append('\t').append(c.bridgeheadAtoms()).append('\t')
                    .append(c.macrocycles()).append('\t').append(String.format("%.6f", c.penalty())).append('\t')
                    .append(frags.distinct()).append('\t').append(frags.total()).append('\t');
            long[] ids = frags.ids();
            for (int i = 0; i < ids.length; i++) {
                sb.append(i == 0 ? "" : " ").append(Long.toHexString(ids[i])).append(':').append(frags.count(i));
            }
            return sb.append('\n').toString();
        } catch (Exception | StackOverflowError e) {
            return idx + "\t0\t0\t0\t0\t0\t0\t0\t0\t0\t\n";
        }
    }
}
