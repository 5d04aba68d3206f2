package org.denovo.ui;

import java.nio.file.Path;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.GeneratorModels;
import org.denovo.core.run.GenerateRun;
import org.denovo.core.generate.ModelLoadException;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryException;
import org.denovo.core.library.LibraryLocation;
import org.denovo.core.score.ProfileLoader;
import org.denovo.ui.task.TaskRunner;

/** The core services one workbench window talks to, shared by its ViewModels. */
public final class WorkbenchServices implements AutoCloseable {
    private final TaskRunner runner;
    private final Library library;
    private final Settings settings;
    private final Path settingsFile;
    private final ProfileLoader profiles;
    private final GeneratorModels models;

    public WorkbenchServices(TaskRunner runner, Library library, Settings settings, Path settingsFile) {
        this.runner = runner;
        this.library = library;
        this.settings = settings;
        this.settingsFile = settingsFile;
        this.profiles = new ProfileLoader(settingsFile.toAbsolutePath().resolveSibling("profiles"));
        this.models = new GeneratorModels(GenerateRun.samplerThreads(settings.threads));
    }

    /** Opens the library the settings name (or the default one) and reads the settings stored beside it. */
    public static WorkbenchServices open(TaskRunner runner) throws LibraryException {
        Path defaultLibrary = LibraryLocation.resolve(null);
        Path settingsFile = defaultLibrary.toAbsolutePath().resolveSibling(Settings.FILE_NAME);
        Settings settings = Settings.load(settingsFile);
        Path libraryFile = settings.libraryPath.isBlank() ? defaultLibrary : Path.of(settings.libraryPath);
        if (settings.libraryPath.isBlank()) {
            try {
                // the default folder is ours to create; a folder the user chose must exist
                java.nio.file.Files.createDirectories(defaultLibrary.toAbsolutePath().getParent());
            } catch (java.io.IOException e) {
                throw new LibraryException("cannot create the folder for the library: " + e.getMessage(), e);
            }
        }
        return new WorkbenchServices(runner, Library.open(libraryFile), settings, settingsFile);
    }

    public TaskRunner runner() {
        return runner;
    }

    public Library library() {
        return library;
    }

    public Settings settings() {
        return settings;
    }

    public Path settingsFile() {
        return settingsFile;
    }

    public ProfileLoader profiles() {
        return profiles;
    }

    /** The generator the settings name, loaded on first use (call off the UI thread: it reads and checks the files). */
    public GeneratorModel model() throws ModelLoadException {
        return models.get(settings.modelDir);
    }

    /** The generator models this window has loaded, by the app's one resolution rule. */
    public GeneratorModels models() {
        return models;
    }

    @Override
    public synchronized void close() {
        models.close();
        library.close();
    }
}
