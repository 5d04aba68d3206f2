package org.denovo.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.denovo.core.chem.MolBlocks;
import org.denovo.core.score.ScoredMolecule;
import org.openscience.cdk.exception.CDKException;

/** Ranked SD files: 2D coordinates, the name (or rank) as title, every field as an SD tag. */
public final class SdfExporter implements MoleculeExporter {
    @Override
    public String name() {
        return "sdf";
    }

    @Override
    public List<String> extensions() {
        return List.of(".sdf", ".sd");
    }

    @Override
    public ExportSink open(Writer out) {
        MolBlocks blocks = new MolBlocks();
        return new ExportSink() {
            @Override
            public void write(ScoredMolecule s) throws IOException {
                String name = s.molecule().molecule().name();
                String title = name.isEmpty() ? "rank " + s.rank() : name;
                try {
                    out.write(blocks.molBlock(s.molecule().smiles(), title));
                } catch (CDKException e) {
                    throw new IOException("cannot lay out " + s.molecule().smiles() + ": " + e.getMessage(), e);
                }
                for (Map.Entry<String, String> tag : ScoredFields.of(s).entrySet()) {
                    if (tag.getValue().isEmpty()) {
                        continue;
                    }
                    out.write("> <" + tag.getKey() + ">\n" + tag.getValue().replace("\n", " ") + "\n\n");
                }
                out.write("$$$$\n");
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }
}
