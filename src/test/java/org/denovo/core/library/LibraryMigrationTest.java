package org.denovo.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library written by an older version opens, is upgraded in place and keeps its runs and curation. */
class LibraryMigrationTest {
    /** Schema version 3: one import run of four molecules, rated 1 and 4 (then the only curation besides tags). */
    private static final Path VERSION_3 = Path.of("src/test/resources/libraries/version-3.db");

    @TempDir
    Path dir;

    @Test
    void aRatedMoleculeKeepsItsRatingAndIsStarred() throws Exception {
        Path db = Files.copy(VERSION_3, dir.resolve("library.db"));
        try (Library library = Library.open(db)) {
            assertEquals("ok", library.integrityCheck());
            assertEquals(List.of("curated leads"), library.runs().stream().map(RunSummary::name).toList());
            Map<Long, List<Object>> curation = library.molecules(MoleculeQuery.all()).stream().collect(Collectors.toMap(
                    LibraryMolecule::id, m -> List.of(m.starred(), m.rating(), m.tags())));
            assertEquals(Map.of(1L, List.of(true, 1, List.of()), 2L, List.of(true, 4, List.of("hit")),
                    3L, List.of(false, 0, List.of()), 4L, List.of(false, 0, List.of())), curation);
            assertEquals(2, library.count(MoleculeQuery.all().onlyStarred()));

            library.star(List.of(2L), false);
            assertEquals(4, library.molecule(2).orElseThrow().rating(), "unstarring keeps the rating");
        }
        try (Library upgraded = Library.openReadOnly(db)) {
            assertEquals(1, upgraded.count(MoleculeQuery.all().onlyStarred()));
        }
    }
}
