package org.denovo.cli;

import java.util.concurrent.Callable;
import org.denovo.core.library.Library;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "note", mixinStandardHelpOptions = true,
        description = "Set the notes of a run or a molecule (an empty text clears them), or rename a run.")
final class LibraryNoteCommand implements Callable<Integer> {
    static final class Target {
        @Option(names = "--run", paramLabel = "ID", required = true, description = "The run to annotate.")
        Long run;

        @Option(names = "--molecule", paramLabel = "ID", required = true, description = "The molecule to annotate.")
        Long molecule;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Parameters(paramLabel = "TEXT", arity = "0..1", description = "The notes.")
    String text;

    @Option(names = "--rename", paramLabel = "NAME", description = "New name for the run.")
    String rename;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (text == null && rename == null) {
            throw new UserError("nothing to do: give the notes text" + (target.run != null ? " or --rename NAME" : ""));
        }
        if (rename != null && target.run == null) {
            throw new UserError("--rename applies to runs (--run ID)");
        }
        try (Library lib = library.open()) {
            if (target.run != null) {
                if (rename != null) {
                    lib.renameRun(target.run, rename);
                }
                if (text != null) {
                    lib.noteRun(target.run, text);
                }
            } else {
                lib.noteMolecule(target.molecule, text);
            }
        }
        return 0;
    }
}
