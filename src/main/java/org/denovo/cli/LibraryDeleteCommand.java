package org.denovo.cli;

import java.util.concurrent.Callable;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete a run. Its molecules stay while another run still holds them; the others are removed.")
final class LibraryDeleteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", description = "Run id.")
    long runId;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Library lib = library.open()) {
            RunSummary run = lib.run(runId).orElseThrow(() -> new UserError("no run " + runId + " in " + lib.file()));
            int removed = lib.deleteRun(runId);
            spec.commandLine().getErr().printf("deleted run %d '%s': %d molecules removed, %d kept by other runs%n",
                    runId, run.name(), removed, run.molecules() - removed);
        }
        return 0;
    }
}
