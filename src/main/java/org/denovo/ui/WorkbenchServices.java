package org.denovo.ui;

import java.nio.file.Path;
import org.denovo.core.generate.GeneratorModel;
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
    private GeneratorModel model;

    public WorkbenchServices(TaskRunner runner, Library library, Settings settings, Path settingsFile) {
        this.runner = runner;
        this.library = library;
        this.settings = settings;
        this.settingsFile = settingsFile;
        this.profiles = new ProfileLoader(settingsFile.toAbsolutePath().resolveSibling("profiles"));
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

    /** The generator, loaded on first use (call off the UI thread: it reads and checks the model files). */
    public synchronized GeneratorModel model() throws ModelLoadException {
        if (model == null) {
            model = settings.modelDir.isBlank()
                    ? GeneratorModel.loadBundled(GeneratorModel.BUNDLED_ID, GenerateRun.samplerThreads(settings.threads))
                    : GeneratorModel.load(Path.of(settings.modelDir), GenerateRun.samplerThreads(settings.threads));
        }
        return model;
    }

    @Override
    public synchronized void close() {
        if (model != null) {
            model.close();
        }
        library.close();
    }
}
