package org.denovo.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A file format for ranked molecules. Found with {@link java.util.ServiceLoader}; add one by listing it in
 * {@code META-INF/services/org.denovo.core.io.MoleculeExporter}.
 */
public interface MoleculeExporter {
    /** Short name, e.g. "sdf". */
    String name();

    /** File extensions this exporter writes, lower case with the dot, e.g. ".sdf". */
    List<String> extensions();

    ExportSink open(Writer out) throws IOException;
}
