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

    Library open() throws IOException {
        Path file = LibraryLocation.resolve(db);
        if (db == null && file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent()); // the default folder is ours to create
        }
        return Library.open(file);
    }
}
