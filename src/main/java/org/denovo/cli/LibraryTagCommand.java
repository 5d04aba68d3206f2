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

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag, untag, star, unstar or rate (0-5) molecules by id.")
final class LibraryTagCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MOLECULE", arity = "1..*", description = "Molecule ids (see 'library search' or an export).")
    List<Long> ids;

    @Option(names = "--add", paramLabel = "TAG", description = "Tag to add; repeatable.")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "TAG", description = "Tag to remove; repeatable.")
    List<String> remove = new ArrayList<>();

    @Option(names = "--star", paramLabel = "yes|no", description = "Star (yes) or unstar (no) the molecules.")
    String star;

    @Option(names = "--rating", paramLabel = "N", description = "Rating from 0 (none) to 5.")
    Integer rating;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (add.isEmpty() && remove.isEmpty() && star == null && rating == null) {
            throw new UserError("nothing to do: give --add TAG, --remove TAG, --star yes|no or --rating N");
        }
        Boolean starred = star == null ? null : switch (star.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new UserError("--star takes yes or no, not '" + star + "' (a rating is --rating N)");
        };
        try (Library lib = library.open()) {
            for (String t : add) {
                lib.tag(ids, t);
            }
            for (String t : remove) {
                lib.untag(ids, t);
            }
            if (starred != null) {
                lib.star(ids, starred);
            }
            if (rating != null) {
                lib.rate(ids, rating);
            }
        }
        spec.commandLine().getErr().println("updated " + ids.size() + " molecule" + (ids.size() == 1 ? "" : "s"));
        return 0;
    }
}
