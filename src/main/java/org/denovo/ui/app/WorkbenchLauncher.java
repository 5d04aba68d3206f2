package org.denovo.ui.app;

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
        StartupLog.mark("launching");
        configureToolkit();
        EarlyServices.start();
        MacOpenFiles.listen();
        Application.launch(WorkbenchApp.class, args);
    }

    /**
     * Settings for the JavaFX toolkit, before it starts. Region background caching is off: with software
     * rendering (no usable GPU, e.g. a remote desktop) drawing cached backgrounds as nine-slice images made the
     * frames of a scrolling table 2-3 times slower than filling them (ADR 0010); a user's own -D setting wins.
     */
    public static void configureToolkit() {
        PLATFORM_LOG.setLevel(Level.SEVERE);
        if (System.getProperty("prism.disableRegionCaching") == null) {
            System.setProperty("prism.disableRegionCaching", "true");
        }
    }
}
