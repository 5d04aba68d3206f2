package org.denovo.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.zip.GZIPOutputStream;

/** The exporters on the class path, chosen by file extension; {@code .gz} compresses. */
public final class Exporters {
    private static final List<MoleculeExporter> ALL = load();

    private Exporters() {
    }

    private static List<MoleculeExporter> load() {
        List<MoleculeExporter> list = new ArrayList<>();
        ServiceLoader.load(MoleculeExporter.class, Exporters.class.getClassLoader()).forEach(list::add);
        return List.copyOf(list);
    }

    public static List<MoleculeExporter> all() {
        return ALL;
    }

    /** The exporter the file name's extension names; empty for a name without one (or a path without a file name). */
    public static Optional<MoleculeExporter> forPath(Path path) {
        Path fileName = path == null ? null : path.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        String name = stripGz(fileName.toString().toLowerCase(Locale.ROOT));
        return ALL.stream().filter(e -> e.extensions().stream()
                .anyMatch(ext -> name.endsWith(ext) && name.length() > ext.length())).findFirst();
    }

    public static String knownExtensions() {
        return String.join(", ", ALL.stream().flatMap(e -> e.extensions().stream()).toList());
    }

    /** Opens {@code path} for the exporter its extension names. */
    public static ExportSink open(Path path) throws IOException {
        return open(path, path);
    }

    /** Writes to {@code writeTo} in the format that the name of {@code target} asks for (e.g. a temporary file). */
    public static ExportSink open(Path target, Path writeTo) throws IOException {
        MoleculeExporter exporter = forPath(target).orElseThrow(() -> new IOException(
                "cannot tell the output format of " + target.getFileName() + "; use one of " + knownExtensions()));
        Path parent = writeTo.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("output folder does not exist: " + parent);
        }
        OutputStream os = OutputFiles.open(writeTo, target);
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            os = new GZIPOutputStream(os, 1 << 16);
        }
        return exporter.open(new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16));
    }

    private static String stripGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
