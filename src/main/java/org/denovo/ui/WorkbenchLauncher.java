package org.denovo.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts JavaFX from a class that does not extend Application, so the shaded jar runs on the class path. */
public final class WorkbenchLauncher {
    /** JavaFX warns when loaded from the class path, which is how a single jar runs; held so the level sticks. */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        PLATFORM_LOG.setLevel(Level.SEVERE);
        Application.launch(WorkbenchApp.class, args);
    }
}
