package org.denovo.ui;

import javafx.application.Application;

/** Starts JavaFX from a class that does not extend Application, so the shaded jar runs on the class path. */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
