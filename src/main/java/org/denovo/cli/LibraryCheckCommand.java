package org.denovo.cli;

import java.util.concurrent.Callable;
import org.denovo.core.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every page of the library (SQLite's integrity check); exit 1 when it is damaged.")
final class LibraryCheckCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Library lib = library.openForReading()) {
            String result = lib.integrityCheck();
            boolean ok = "ok".equals(result);
            spec.commandLine().getErr().println(ok ? lib.file() + ": ok" : lib.file() + " is damaged: " + result);
            return ok ? 0 : 1;
        }
    }
}
