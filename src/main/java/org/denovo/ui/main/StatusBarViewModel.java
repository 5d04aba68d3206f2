package org.denovo.ui.main;

import java.nio.file.Path;
import javafx.collections.ObservableList;
import org.denovo.ui.task.BackgroundTask;

/** The status bar's state: which library the window works on, and the background tasks running now. */
public final class StatusBarViewModel {
    private final String libraryText;
    private final ObservableList<BackgroundTask> tasks;

    public StatusBarViewModel(Path libraryFile, ObservableList<BackgroundTask> tasks) {
        this.libraryText = "Library: " + libraryFile;
        this.tasks = tasks;
    }

    public String libraryText() {
        return libraryText;
    }

    public ObservableList<BackgroundTask> tasks() {
        return tasks;
    }
}
