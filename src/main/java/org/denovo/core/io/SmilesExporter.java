package org.denovo.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.denovo.core.score.ScoredMolecule;

/** SMILES files: canonical SMILES and the name (or rank), tab-separated. */
public final class SmilesExporter implements MoleculeExporter {
    @Override
    public String name() {
        return "smiles";
    }

    @Override
    public List<String> extensions() {
        return List.of(".smi", ".smiles");
    }

    @Override
    public ExportSink open(Writer out) {
        return new ExportSink() {
            @Override
            public void write(ScoredMolecule s) throws IOException {
                String name = s.molecule().molecule().name();
                out.write(s.molecule().smiles() + "\t" + (name.isEmpty() ? "rank_" + s.rank() : name.replace('\n', ' ')) + "\n");
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }
}
