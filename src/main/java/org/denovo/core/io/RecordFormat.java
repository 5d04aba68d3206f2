package org.denovo.core.io;

import java.nio.file.Path;
import java.util.Locale;

/** The molecule file formats the app reads and writes. */
public enum RecordFormat {
    SMILES, SDF, CSV;

    /** Chooses by extension, ignoring a trailing {@code .gz}. */
    public static RecordFormat of(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".smi") || name.endsWith(".smiles") || name.endsWith(".ism") || name.endsWith(".txt")) {
            return SMILES;
        }
        if (name.endsWith(".sdf") || name.endsWith(".sd") || name.endsWith(".mol")) {
            return SDF;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        throw new IllegalArgumentException("unknown file type for " + path.getFileName()
                + ": use .smi, .smi.gz, .sdf, .sdf.gz, .csv or .csv.gz");
    }
}
