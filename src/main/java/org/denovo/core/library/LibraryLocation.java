package org.denovo.core.library;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the library file is: an explicit path, else {@code $DENOVO_HOME/library.db}, else the
 * {@code denovo.home} system property (used by tests), else {@code ~/.denovo/library.db}.
 */
public final class LibraryLocation {
    public static final String FILE_NAME = "library.db";
    public static final String HOME_VARIABLE = "DENOVO_HOME";
    public static final String HOME_PROPERTY = "denovo.home";

    private LibraryLocation() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty(HOME_PROPERTY), System.getProperty("user.home"));
    }

    static Path resolve(Path explicit, Map<String, String> env, String homeProperty, String userHome) {
        if (explicit != null) {
            return explicit;
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home, FILE_NAME);
        }
        if (homeProperty != null && !homeProperty.isBlank()) {
            return Path.of(homeProperty, FILE_NAME);
        }
        return Path.of(userHome, ".denovo", FILE_NAME);
    }
}
