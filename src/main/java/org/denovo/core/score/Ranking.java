package org.denovo.core.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranks scored molecules: best total first, failed (NaN) scores after them, filtered molecules last. */
public final class Ranking {
    public static final Comparator<ScoredMolecule> ORDER = Comparator
            .comparingInt(Ranking::tier)
            .thenComparing(Comparator.comparingDouble((ScoredMolecule s) -> s.score().total()).reversed())
            .thenComparing(s -> s.molecule().smiles());

    private Ranking() {
    }

    private static int tier(ScoredMolecule s) {
        if (s.score().filtered()) {
            return 2;
        }
        return Double.isNaN(s.score().total()) ? 1 : 0;
    }

    public static List<ScoredMolecule> rank(List<ScoredMolecule> molecules) {
        List<ScoredMolecule> sorted = new ArrayList<>(molecules);
        sorted.sort(ORDER);
        List<ScoredMolecule> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(sorted.get(i).withRank(i + 1));
        }
        return ranked;
    }
}
