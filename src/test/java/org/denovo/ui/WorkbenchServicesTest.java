package org.denovo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.denovo.core.library.LibraryLocation;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchServicesTest {
    @TempDir
    Path dir;

    @Test
    void aFirstStartCreatesTheDefaultFolderAndAnEmptyLibrary() throws Exception {
        String before = System.getProperty(LibraryLocation.HOME_PROPERTY);
        Path home = dir.resolve("fresh/.denovo");
        System.setProperty(LibraryLocation.HOME_PROPERTY, home.toString());
        try (WorkbenchServices services = WorkbenchServices.open(new ImmediateTaskRunner())) {
            assertTrue(Files.isRegularFile(home.resolve("library.db")));
            assertTrue(services.library().runs().isEmpty());
            assertEquals(home.resolve(Settings.FILE_NAME).toAbsolutePath(), services.settingsFile());
            services.settings().count = 250;
            services.settings().save(services.settingsFile());
        } finally {
            System.setProperty(LibraryLocation.HOME_PROPERTY, before);
        }
        assertEquals(250, Settings.load(home.resolve(Settings.FILE_NAME)).count, "settings survive a restart");
    }
}
