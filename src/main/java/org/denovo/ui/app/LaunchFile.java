package org.denovo.ui.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.denovo.core.io.RecordFormat;
import org.denovo.core.run.LibraryImport;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.library.LibraryViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A molecule file the app was started with (a double-click on an .sdf, .sd, .mol or .smi file, or
 * {@code denovo-workbench leads.sdf}): the window opens and the file is imported into the library as a new run,
 * shown as soon as it is stored.
 */
public final class LaunchFile {
    private static final Logger LOG = LoggerFactory.getLogger(LaunchFile.class);

    private LaunchFile() {
    }

    /**
     * The file to import when the arguments are exactly one molecule file (a path or a {@code file:} URI, as
     * desktops pass them); empty for no arguments, options or subcommands.
     */
    public static Optional<Path> of(List<String> args) {
        if (args.size() != 1 || args.get(0).isBlank() || args.get(0).startsWith("-")) {
            return Optional.empty();
        }
        String arg = args.get(0);
        try {
            Path file = arg.startsWith("file:") ? Path.of(URI.create(arg)) : Path.of(arg);
            if (file.getFileName() == null) {
                return Optional.empty();
            }
            RecordFormat.of(file);
            return Optional.of(file.toAbsolutePath());
        } catch (IllegalArgumentException e) { // also a path or URI that does not parse
            return Optional.empty();
        }
    }

    /** Imports the file with the library's import in the background, then lists and opens the new run. */
    public static void importAndShow(Path file, WorkbenchServices services, LibraryViewModel library, Window owner) {
        String name = file.getFileName().toString();
        LibraryImport work = new LibraryImport(services.library(), file, name, services.settings().threads,
                message -> LOG.info("{}: skipped {}", name, message));
        services.runner().submit("Import " + name, work, summary -> {
            LOG.info("imported {}: {} stored, {} skipped (run {})", name, summary.stored(), summary.skipped(),
                    summary.runId());
            library.refresh();
            library.open(summary.runId());
        }, error -> ErrorDialogs.show(owner, "Could not import " + name, error));
    }
}
