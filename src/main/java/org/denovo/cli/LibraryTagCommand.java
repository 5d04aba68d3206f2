package org.denovo.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.denovo.core.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tag", mixinStandardHelpOptions = true, description = "Tag, untag or rate (0-5 stars) molecules by id.")
final class LibraryTagCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MOLECULE", arity = "1..*", description = "Molecule ids (see 'library search' or an export).")
    List<Long> ids;

    @Option(names = "--add", paramLabel = "TAG", description = "Tag to add; repeatable.")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "TAG", description = "Tag to remove; repeatable.")
    List<String> remove = new ArrayList<>();

    @Option(names = "--star", paramLabel = "N", description = "Rating from 0 (none) to 5.")
    Integer star;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (add.isEmpty() && remove.isEmpty() && star == null) {
            throw new UserError("nothing to do: give --add TAG, --remove TAG or --star N");
        }
        try (Library lib = library.open()) {
            for (String t : add) {
                lib.tag(ids, t);
            }
            for (String t : remove) {
                lib.untag(ids, t);
            }
            if (star != null) {
                lib.star(ids, star);
            }
        }
        spec.commandLine().getErr().println("updated " + ids.size() + " molecule" + (ids.size() == 1 ? "" : "s"));
        return 0;
    }
}
