package org.denovo.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.denovo.core.score.ComponentScore;
import org.denovo.core.score.Ranking;
import org.denovo.core.score.Score;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.CancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that ends without ranks (cancelled, failed, interrupted) is ranked by the library with the app's one rule. */
class LibraryRankingTest {
    @TempDir
    Path dir;

    private static ScoredMolecule scored(String smiles, double total, String filteredBy) {
        return new ScoredMolecule(TestMolecules.analyzed(smiles, smiles),
                new Score(total, List.of(new ComponentScore("qed", 0.4, total, 1.0)), filteredBy), 0);
    }

    @Test
    void aCancelledRunIsRankedByTheSameRuleAsEveryOtherRun() throws Exception {
        List<ScoredMolecule> molecules = new ArrayList<>();
        List<String> drugs = TestMolecules.DRUGS;
        for (int i = 0; i < drugs.size(); i++) {
            // ties, failed (NaN) scores and filtered molecules with and without a score
            double total = i % 5 == 0 ? Double.NaN : (i % 3) / 4.0;
            String filter = i % 4 == 0 ? "PAINS" : null;
            molecules.add(scored(drugs.get(i), total, filter));
        }
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            StoredRun run = StoredRun.start(library, RunInfo.of(RunKind.GENERATE, "cancelled", "{}"));
            List<Long> ids = run.append(molecules);
            run.fail(new CancelledException());
            Map<Long, Integer> stored = new HashMap<>();
            for (LibraryMolecule m : library.molecules(MoleculeQuery.ofRun(run.id()))) {
                stored.put(m.id(), m.scored().rank());
            }
            int[] expected = Ranking.ranks(molecules.stream().map(Ranking.Key::of).toList());
            for (int i = 0; i < molecules.size(); i++) {
                assertEquals(expected[i], stored.get(ids.get(i)), molecules.get(i).molecule().smiles());
            }
        }
    }
}
