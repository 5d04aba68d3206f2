package org.denovo.ui.main;

import java.nio.file.Path;
import javafx.collections.ObservableList;
import org.denovo.ui.task.BackgroundTask;

/** The status bar's state: which library the window works on, and the background tasks running now. */
public final class StatusBarViewModel {
    private final String libraryText;
    private final ObservableList<BackgroundTask> tasks;

    public StatusBarViewModel(Path libraryFile, ObservableList<BackgroundTask> tasks) {
        this(libraryFile, Path.of(System.getProperty("user.home")), tasks);
    }

    StatusBarViewModel(Path libraryFile, Path home, ObservableList<BackgroundTask> tasks) {
        this.libraryText = "Library: " + shortened(libraryFile.toAbsolutePath().normalize(), home);
        this.tasks = tasks;
    }

    /** The path with the home folder written as "~", as a shell shows it. */
    static String shortened(Path file, Path home) {
        return file.startsWith(home) && !file.equals(home)
                ? "~" + java.io.File.separator + home.relativize(file) : file.toString();
    }

    public String libraryText() {
        return libraryText;
    }

    public ObservableList<BackgroundTask> tasks() {
        return tasks;
    }
}
