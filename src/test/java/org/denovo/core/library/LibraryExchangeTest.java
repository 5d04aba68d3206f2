package org.denovo.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.denovo.core.work.WorkContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.denovo.core.run.ImportSummary;
import org.denovo.core.run.LibraryExport;
import org.denovo.core.run.LibraryImport;

/** Export then import gives the same molecules, order, names, tags, stars and notes. */
class LibraryExchangeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"run.sdf", "run.csv", "run.sdf.gz"})
    void exportThenImportRoundTrips(String fileName) throws Exception {
        Path out = dir.resolve(fileName);
        List<LibraryMolecule> original;
        try (Library library = Library.open(dir.resolve("a.db"))) {
            long run = library.startRun(RunInfo.of(RunKind.SCORE, "source", "{}"));
            library.appendBatch(run, TestMolecules.members(TestMolecules.DRUGS));
            library.finishRun(run, RunStatus.FINISHED);
            List<LibraryMolecule> ranked = library.molecules(MoleculeQuery.ofRun(run));
            library.tag(List.of(ranked.get(0).id(), ranked.get(3).id()), "favourite");
            library.tag(List.of(ranked.get(0).id()), "make-next");
            library.rate(List.of(ranked.get(1).id()), 4);
            library.star(List.of(ranked.get(1).id(), ranked.get(2).id()), true);
            library.noteMolecule(ranked.get(2).id(), "check solubility, then order");
            assertEquals(TestMolecules.DRUGS.size(), new LibraryExport(library, MoleculeQuery.ofRun(run), out, 0)
                    .run(WorkContext.synchronous()));
            original = library.molecules(MoleculeQuery.ofRun(run));
        }
        try (Library copy = Library.open(dir.resolve("b.db"))) {
            List<String> problems = new ArrayList<>();
            ImportSummary summary = new LibraryImport(copy, out, "back", 2, problems::add).run(WorkContext.synchronous());
            assertEquals(List.of(), problems);
            assertEquals(original.size(), summary.stored());
            RunSummary run = copy.run(summary.runId()).orElseThrow();
            assertEquals(List.of(RunKind.IMPORT, "back", RunStatus.FINISHED), List.of(run.kind(), run.name(), run.status()));
            List<LibraryMolecule> back = copy.molecules(MoleculeQuery.ofRun(summary.runId()));
            assertEquals(original.size(), back.size());
            for (int i = 0; i < original.size(); i++) {
                LibraryMolecule a = original.get(i);
                LibraryMolecule b = back.get(i);
                assertEquals(a.smiles(), b.smiles());
                assertEquals(a.scored().molecule().molecule().name(), b.scored().molecule().molecule().name());
                assertEquals(a.scored().molecule().molecule().inchiKey(), b.scored().molecule().molecule().inchiKey());
                assertEquals(a.tags(), b.tags());
                assertEquals(a.starred(), b.starred());
                assertEquals(a.rating(), b.rating());
                assertEquals(a.notes(), b.notes());
                assertEquals(a.scored().molecule().tags().get("source"), b.scored().molecule().tags().get("source"), "input tags kept");
                assertEquals(a.scored().score().total(), b.scored().score().total(), 1e-3);
                assertEquals(a.scored().molecule().properties(), b.scored().molecule().properties());
            }
        }
    }

    @Test
    void importReportsAndSkipsBadRecordsAndExportsTopK() throws Exception {
        Path smi = dir.resolve("in.smi");
        Files.writeString(smi, "CCO ethanol\nC1CC nope\nc1ccccc1 benzene\nCCO again\nCC(=O)O acetic\n");
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            List<String> problems = new ArrayList<>();
            ImportSummary s = new LibraryImport(library, smi, null, 1, problems::add).run(WorkContext.synchronous());
            assertEquals(List.of(5L, 1L, 3L, 1L), List.of(s.read(), s.skipped(), s.stored(), s.duplicates()));
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).contains("nope"), problems.get(0));
            assertEquals("in.smi", library.run(s.runId()).orElseThrow().name());
            Path top = dir.resolve("top.smi");
            assertEquals(2L, new LibraryExport(library, MoleculeQuery.ofRun(s.runId()), top, 2).run(WorkContext.synchronous()));
            assertEquals(List.of("CCO\tethanol", "c1ccccc1\tbenzene"), Files.readAllLines(top));
        }
    }
}
