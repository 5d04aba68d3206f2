package org.denovo.ui;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.denovo.core.score.ProfileLoader;

/** Preferences and window state, kept as JSON next to the library ({@code workbench.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Settings {
    public static final String FILE_NAME = "workbench.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Library file; empty means the default location. */
    public String libraryPath = "";
    /** Model folder; empty means the model that ships with the app. */
    public String modelDir = "";
    public String defaultProfile = ProfileLoader.DEFAULT;
    public int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    public int count = 1000;
    public double temperature = 1.0;
    public double windowX = Double.NaN;
    public double windowY = Double.NaN;
    public double windowWidth = 1440;
    public double windowHeight = 900;
    public boolean maximized;
    /** Table rows at half height, structures as small thumbnails. */
    public boolean compactRows;
    public double[] dividers = {0.18, 0.68};
    public long lastRunId;
    /** Folder of the last export, proposed for the next one; empty means the home folder. */
    public String exportFolder = "";
    /** Extension of the last export without the dot, e.g. "sdf" or "csv.gz". */
    public String exportFormat = "sdf";

    public static Settings load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Settings();
        }
        try {
            return JSON.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            // unreadable settings must not stop the app; start from defaults and say so in the log
            org.slf4j.LoggerFactory.getLogger(Settings.class).warn("ignoring unreadable {}: {}", file, e.getMessage());
            return new Settings();
        }
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
