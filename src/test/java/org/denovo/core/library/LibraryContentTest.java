package org.denovo.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.SubstructureQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs, deduplication, deletion, queries, search and curation. */
class LibraryContentTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("lib.db");
    }

    @Test
    void moleculesAreStoredOnceAndKnowAllTheirRuns() throws Exception {
        try (Library library = Library.open(db)) {
            long a = library.startRun(new RunInfo(RunKind.GENERATE, "a", "{\"count\":10}", "tiny", "abc", 7L, null, ""));
            library.appendBatch(a, TestMolecules.members(TestMolecules.DRUGS.subList(0, 10)));
            library.finishRun(a, RunStatus.FINISHED);
            long b = library.startRun(RunInfo.of(RunKind.SCORE, "b", "{}"));
            library.appendBatch(b, TestMolecules.members(TestMolecules.DRUGS.subList(5, 15)));
            library.appendBatch(b, TestMolecules.members(TestMolecules.DRUGS.subList(5, 7))); // already in the run
            library.finishRun(b, RunStatus.FINISHED);

            assertEquals(15, library.count(MoleculeQuery.all()));
            assertEquals(10, library.count(MoleculeQuery.ofRun(a)));
            assertEquals(10, library.count(MoleculeQuery.ofRun(b)));
            RunSummary first = library.run(a).orElseThrow();
            assertEquals(List.of(10L, 7L, RunStatus.FINISHED), List.of(first.molecules(), first.seed(), first.status()));
            assertEquals("tiny", first.modelId());
            String shared = library.molecules(MoleculeQuery.ofRun(b)).get(0).smiles();
            long id = library.idOf(shared).orElseThrow();
            var hits = library.similar(library.molecule(id).orElseThrow().scored().molecule().ecfp4(), 1.0, 1);
            assertEquals(List.of(a, b), hits.get(0).runs());
        }
    }

    @Test
    void ranksFollowScoreWhenTheRunGaveNone() throws Exception {
        try (Library library = Library.open(db)) {
            long run = library.startRun(RunInfo.of(RunKind.GENERATE, "r", "{}"));
            List<RunMember> members = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                members.add(RunMember.of(TestMolecules.scored(TestMolecules.DRUGS.get(i), (i * 37 % 8) / 10.0)));
            }
            library.appendBatch(run, members.subList(0, 4));
            library.appendBatch(run, members.subList(4, 8));
            library.finishRun(run, RunStatus.FINISHED);
            List<LibraryMolecule> ranked = library.molecules(MoleculeQuery.ofRun(run));
            for (int i = 0; i < ranked.size(); i++) {
                assertEquals(i + 1, ranked.get(i).scored().rank());
                if (i > 0) {
                    assertTrue(ranked.get(i - 1).scored().score().total() >= ranked.get(i).scored().score().total());
                }
            }
        }
    }

    @Test
    void deletingARunKeepsSharedMoleculesAndRemovesOrphans() throws Exception {
        try (Library library = Library.open(db)) {
            long a = library.startRun(RunInfo.of(RunKind.GENERATE, "a", "{}"));
            library.appendBatch(a, TestMolecules.members(TestMolecules.DRUGS.subList(0, 10)));
            library.finishRun(a, RunStatus.FINISHED);
            long b = library.startRun(RunInfo.of(RunKind.SCORE, "b", "{}"));
            library.appendBatch(b, TestMolecules.members(TestMolecules.DRUGS.subList(6, 12)));
            library.finishRun(b, RunStatus.FINISHED);
            long orphan = library.idOf(library.molecules(MoleculeQuery.ofRun(a).sortedBy("id", false)).get(0).smiles()).orElseThrow();
            library.star(List.of(orphan), true);
            library.rate(List.of(orphan), 4);

            assertEquals(6, library.deleteRun(a));
            assertEquals(6, library.count(MoleculeQuery.all()));
            assertTrue(library.molecule(orphan).isEmpty());
            assertEquals(List.of(b), library.runs().stream().map(RunSummary::id).toList());
            assertEquals(6, library.similar(new Fingerprint(new long[32]), 0.0, 0).size(), "index follows deletions");
            assertThrows(LibraryException.class, () -> library.deleteRun(a));
            assertEquals("ok", library.integrityCheck());
        }
    }

    @Test
    void queriesFilterSortAndPage() throws Exception {
        try (Library library = Library.open(db)) {
            long run = library.startRun(RunInfo.of(RunKind.SCORE, "all", "{}"));
            library.appendBatch(run, TestMolecules.members(TestMolecules.DRUGS));
            library.finishRun(run, RunStatus.FINISHED);
            List<LibraryMolecule> all = library.molecules(MoleculeQuery.all());
            assertEquals(TestMolecules.DRUGS.size(), all.size());

            MoleculeQuery heavy = MoleculeQuery.all().and(PropertyRange.parse("mol_weight>=150")).sortedBy("mol_weight", true);
            List<LibraryMolecule> expected = all.stream().filter(m -> m.scored().molecule().properties().molWeight() >= 150)
                    .sorted(Comparator.comparingDouble((LibraryMolecule m) -> -m.scored().molecule().properties().molWeight()))
                    .toList();
            List<LibraryMolecule> paged = new ArrayList<>();
            for (int offset = 0; offset < 100; offset += 4) {
                paged.addAll(library.molecules(heavy.page(4, offset)));
            }
            assertEquals(expected.stream().map(LibraryMolecule::smiles).toList(), paged.stream().map(LibraryMolecule::smiles).toList());
            assertEquals(expected.size(), library.count(heavy));
            assertTrue(expected.size() > 4 && expected.size() < all.size());

            long aspirin = library.idOf(all.stream().filter(m -> m.smiles().contains("OC(C)=O") || m.smiles().contains("CC(=O)O"))
                    .findFirst().orElseThrow().smiles()).orElseThrow();
            library.tag(List.of(aspirin, aspirin), "hit");
            library.rate(List.of(aspirin), 5);
            library.noteMolecule(aspirin, "make analogues");
            LibraryMolecule tagged = library.molecules(MoleculeQuery.all().withTag("hit")).get(0);
            assertEquals(List.of(aspirin, 5L, false, "make analogues", List.of("hit")),
                    List.of(tagged.id(), (long) tagged.rating(), tagged.starred(), tagged.notes(), tagged.tags()));
            assertEquals(1, library.count(MoleculeQuery.all().withMinRating(3)));
            assertEquals(0, library.count(MoleculeQuery.all().onlyStarred()), "a rating is not a star");
            library.star(List.of(aspirin), true);
            assertEquals(List.of(aspirin), library.molecules(MoleculeQuery.all().onlyStarred()).stream()
                    .map(LibraryMolecule::id).toList());
            assertEquals(5, library.molecule(aspirin).orElseThrow().rating(), "starring keeps the rating");
            assertEquals(1, library.count(MoleculeQuery.all().and(PropertyRange.parse("starred>=1"))));
            assertThrows(IllegalArgumentException.class, () -> library.rate(List.of(aspirin), 6));
            library.untag(List.of(aspirin), "hit");
            assertEquals(0, library.count(MoleculeQuery.all().withTag("hit")));
            assertThrows(IllegalArgumentException.class, () -> PropertyRange.parse("colour>3"));
            assertThrows(LibraryException.class, () -> library.star(List.of(99_999L), true));
        }
    }

    @Test
    void similarityMatchesBruteForce() throws Exception {
        try (Library library = Library.open(db)) {
            long run = library.startRun(RunInfo.of(RunKind.SCORE, "all", "{}"));
            library.appendBatch(run, TestMolecules.members(TestMolecules.DRUGS));
            library.finishRun(run, RunStatus.FINISHED);
            List<LibraryMolecule> all = library.molecules(MoleculeQuery.all());
            for (String q : List.of("CC(=O)Oc1ccccc1C(=O)O", "c1ccccc1CCN", "Clc1ccccc1")) {
                Fingerprint fp = TestMolecules.analyzed(q, "").ecfp4();
                List<String> brute = all.stream().filter(m -> fp.tanimoto(m.scored().molecule().ecfp4()) >= 0.1)
                        .sorted(Comparator.comparingDouble((LibraryMolecule m) -> -fp.tanimoto(m.scored().molecule().ecfp4()))
                                .thenComparingLong(LibraryMolecule::id))
                        .map(LibraryMolecule::smiles).toList();
                List<SearchHit> hits = library.similar(fp, 0.1, 0);
                assertEquals(brute, hits.stream().map(SearchHit::smiles).toList(), q);
                List<SearchHit> top3 = library.similar(fp, 0.0, 3);
                assertEquals(3, top3.size());
                assertEquals(hits.subList(0, 3).stream().map(SearchHit::id).toList(), top3.stream().map(SearchHit::id).toList());
                for (SearchHit h : top3) {
                    LibraryMolecule m = all.stream().filter(x -> x.id() == h.id()).findFirst().orElseThrow();
                    assertEquals(fp.tanimoto(m.scored().molecule().ecfp4()), h.similarity(), 1e-12);
                }
            }
        }
    }

    @Test
    void substructureMatchesBruteForce() throws Exception {
        try (Library library = Library.open(db)) {
            long run = library.startRun(RunInfo.of(RunKind.SCORE, "all", "{}"));
            library.appendBatch(run, TestMolecules.members(TestMolecules.DRUGS));
            library.finishRun(run, RunStatus.FINISHED);
            List<LibraryMolecule> all = library.molecules(MoleculeQuery.all().sortedBy("id", false));
            for (String smarts : List.of("c1ccccc1", "c1ccncc1", "[OX2H]", "C(=O)[OH]", "[#7]", "Cl", "[Cl,Br]", "[!#6;!#1]", "C(F)(F)F", "*")) {
                SubstructureQuery q = SubstructureQuery.compile(smarts);
                List<Long> brute = all.stream().filter(m -> q.matches(m.smiles())).map(LibraryMolecule::id).toList();
                assertEquals(brute, library.substructure(smarts, 0).stream().map(SearchHit::id).toList(), smarts);
            }
            assertThrows(IllegalArgumentException.class, () -> library.substructure("c1ccc(", 0));
        }
    }

    @Test
    void runsOfDeadWritersShowAsInterrupted() throws Exception {
        long run;
        try (Library library = Library.open(db)) {
            run = library.startRun(RunInfo.of(RunKind.GENERATE, "crashed", "{}"));
            library.appendBatch(run, TestMolecules.members(TestMolecules.DRUGS.subList(0, 3)));
            long live = library.startRun(RunInfo.of(RunKind.GENERATE, "alive", "{}"));
            assertEquals(RunStatus.RUNNING, library.run(live).orElseThrow().status());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("UPDATE runs SET writer_pid = 2147483000 WHERE id = " + run);
        }
        try (Library library = Library.open(db)) {
            RunSummary crashed = library.run(run).orElseThrow();
            assertEquals(RunStatus.INTERRUPTED, crashed.status());
            assertEquals(3, crashed.molecules());
            assertEquals(RunStatus.RUNNING, library.run(run + 1).orElseThrow().status(), "this process is alive");
            assertThrows(LibraryException.class, () -> library.appendBatch(run, TestMolecules.members(List.of("CCO"))));
        }
    }
}
