package org.denovo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Log levels set for the app's own classes name classes that exist (a moved class would silently lose its log). */
class LoggingConfigTest {
    private static final String PREFIX = "org.slf4j.simpleLogger.log.";

    @Test
    void everyConfiguredAppLoggerIsAClass() throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/simplelogger.properties")) {
            p.load(in);
        }
        List<String> classes = p.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX + "org.denovo."))
                .map(k -> k.substring(PREFIX.length())).toList();
        assertFalse(classes.isEmpty());
        for (String name : classes) {
            assertDoesNotThrow(() -> Class.forName(name, false, getClass().getClassLoader()), name);
        }
    }
}
