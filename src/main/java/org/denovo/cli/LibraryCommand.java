package org.denovo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code denovo library ...}: the local library of runs and molecules. */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = {"The local library: every stored run and molecule, searchable and taggable.",
                "generate and score store their runs here unless given --no-library."},
        subcommands = {LibraryRunsCommand.class, LibraryShowCommand.class, LibraryExportCommand.class,
                LibraryImportCommand.class, LibrarySearchCommand.class, LibraryTagCommand.class,
                LibraryNoteCommand.class, LibraryDeleteCommand.class, LibraryCheckCommand.class},
        footer = {"%nExamples:%n  denovo library runs",
                "  denovo library export 3 --out run3.sdf --top 100",
                "  denovo library export --where 'qed>=0.7' --where pains=0 --out good.csv",
                "  denovo library search --similar 'CC(=O)Oc1ccccc1C(=O)O' --top 10",
                "  denovo library tag 42 57 --add hit --star yes --rating 4"})
final class LibraryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
