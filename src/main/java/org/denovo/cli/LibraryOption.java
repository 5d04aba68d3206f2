package org.denovo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryLocation;
import picocli.CommandLine.Option;

/** {@code --db PATH}: the library file; default {@code $DENOVO_HOME/library.db} or {@code ~/.denovo/library.db}. */
final class LibraryOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "Library file (default: $DENOVO_HOME/library.db, else ~/.denovo/library.db).")
    Path db;

    /** Opens the library to change it, creating it if there is none yet. */
    Library open() throws IOException {
        Path file = LibraryLocation.resolve(db);
        if (db == null && file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent()); // the default folder is ours to create
        }
        if (db != null && Files.isRegularFile(file) && Files.size(file) == 0) {
            // an empty file is more likely a failed copy of a library than a wish for a new one
            throw new UserError(file + " is an empty file, not a library; delete it to start a new library there");
        }
        return Library.open(file);
    }

    /** Opens the library for reading only, so a read-only file or folder, or a full disk, does not stop a reader. */
    Library openForReading() throws IOException {
        Path file = LibraryLocation.resolve(db);
        if (!Files.exists(file)) {
            return open(); // nothing to read yet: an empty new library, as before any run
        }
        return Library.openReadOnly(file);
    }
}
