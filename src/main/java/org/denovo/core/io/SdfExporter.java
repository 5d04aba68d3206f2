package org.denovo.core.io;

import java.io.Writer;
import java.util.List;

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
        return new SdfSink(out, Runtime.getRuntime().availableProcessors());
    }
}
