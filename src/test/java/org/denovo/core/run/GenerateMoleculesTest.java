package org.denovo.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.GeneratorModels;
import org.denovo.core.generate.ModelLoadException;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.RunStatus;
import org.denovo.core.library.RunSummary;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.Ranking;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.WorkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate use case on the tiny test model: one run, stored batch by batch, ranked once, the same for every client. */
class GenerateMoleculesTest {
    static final String TINY = "src/test/resources/models/tiny";

    @TempDir
    Path dir;

    private static GenerateRequest request(Path output) {
        return new GenerateRequest(TINY, 400, 5L, 1.0, 100, 50, "", ProfileLoader.DEFAULT, 2, null, "test", output, false, true);
    }

    @Test
    void storesTheRunRankedOnceAndTheFileAgreesWithTheLibrary() throws Exception {
        Path out = dir.resolve("ranked.smi");
        List<ScoredMolecule> seen = new ArrayList<>();
        List<Long> seenIds = new ArrayList<>();
        long[] started = {-1};
        try (GeneratorModels models = new GeneratorModels(1); Library library = Library.open(dir.resolve("lib.db"))) {
            GenerateOutcome outcome = new GenerateMolecules(models, new ProfileLoader(), library, request(out),
                    new GenerateMolecules.Listener() {
                        @Override
                        public void started(long runId, String runName, org.denovo.core.generate.ModelCard model, long seed) {
                            started[0] = runId;
                            assertEquals("generate 400 (seed 5)", runName);
                        }

                        @Override
                        public void molecules(List<ScoredMolecule> batch, List<Long> ids) {
                            seen.addAll(batch);
                            seenIds.addAll(ids);
                        }
                    }).run(WorkContext.synchronous());
            assertEquals(outcome.runId(), started[0]);
            RunSummary run = library.run(outcome.runId()).orElseThrow();
            assertEquals(RunStatus.FINISHED, run.status());
            assertEquals(400L, run.sampled());
            assertFalse(seen.isEmpty());
            assertEquals(seen.size(), seenIds.size());

            // ranks: the one rule, applied once, the same in the outcome, the library and the file
            int[] expected = Ranking.ranks(seen.stream().map(Ranking.Key::of).toList());
            Map<Long, Integer> stored = new HashMap<>();
            for (LibraryMolecule m : library.molecules(MoleculeQuery.ofRun(outcome.runId()))) {
                stored.put(m.id(), m.scored().rank());
            }
            for (int i = 0; i < seen.size(); i++) {
                assertEquals(expected[i], stored.get(seenIds.get(i)), "library rank of " + seen.get(i).molecule().smiles());
                assertEquals(expected[i], outcome.ranks().get(seenIds.get(i)));
            }
            List<String> fileOrder = Files.readAllLines(out).stream().map(l -> l.split("\\s+")[0]).toList();
            List<String> byRank = Ranking.rank(seen).stream().map(s -> s.molecule().smiles()).toList();
            assertEquals(byRank, fileOrder);
        }
    }

    @Test
    void withoutALibraryTheFileIsTheSame() throws Exception {
        Path stored = dir.resolve("stored.csv");
        Path unstored = dir.resolve("unstored.csv");
        try (GeneratorModels models = new GeneratorModels(1); Library library = Library.open(dir.resolve("lib.db"))) {
            new GenerateMolecules(models, new ProfileLoader(), library, request(stored), GenerateMolecules.Listener.NONE)
                    .run(WorkContext.synchronous());
            GenerateOutcome outcome = new GenerateMolecules(models, new ProfileLoader(), null, request(unstored),
                    GenerateMolecules.Listener.NONE).run(WorkContext.synchronous());
            assertEquals(0, outcome.runId());
            assertTrue(outcome.ranks().isEmpty());
        }
        assertArrayEquals(Files.readAllBytes(stored), Files.readAllBytes(unstored));
    }

    @Test
    void aFailedRunIsMarkedFailedAndLeavesNoFile() throws Exception {
        Path out = dir.resolve("out.smi");
        GenerateRequest broken = new GenerateRequest(TINY, 400, 5L, 1.0, 100, 50, "", "no-such-profile", 2, null, "test",
                out, false, true);
        try (GeneratorModels models = new GeneratorModels(1); Library library = Library.open(dir.resolve("lib.db"))) {
            assertThrows(Exception.class, () -> new GenerateMolecules(models, new ProfileLoader(), library, broken,
                    GenerateMolecules.Listener.NONE).run(WorkContext.synchronous()));
            assertTrue(library.runs().isEmpty(), "a bad profile is found before the run is recorded");
        }
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("out.smi.part")));
    }

    @Test
    void oneModelRuleForEveryClient() throws Exception {
        assertEquals(GeneratorModel.BUNDLED_ID, GeneratorModels.describe(null));
        assertEquals(GeneratorModel.BUNDLED_ID, GeneratorModels.describe("  "));
        assertEquals(TINY, GeneratorModels.describe(TINY));
        try (GeneratorModels models = new GeneratorModels(1)) {
            assertTrue(models.get(TINY) == models.get(TINY), "a model is loaded once");
            ModelLoadException missing = assertThrows(ModelLoadException.class,
                    () -> models.get(dir.resolve("no-such-model").toString()));
            assertTrue(missing.getMessage().contains("model folder not found"), missing.getMessage());
        }
    }
}
