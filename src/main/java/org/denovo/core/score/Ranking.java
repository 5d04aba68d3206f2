package org.denovo.core.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The one ranking rule of the app: best total first, failed (NaN) scores after them, filtered molecules last;
 * ties broken by canonical SMILES, so a ranking never depends on input order. Runs are ranked with it once,
 * when they end; the library and the exporters use the same rule.
 */
public final class Ranking {
    /** What the rule reads from a molecule; keys sort in rank order. */
    public record Key(boolean filtered, double total, String smiles) implements Comparable<Key> {
        public static Key of(ScoredMolecule s) {
            return new Key(s.score().filtered(), s.score().total(), s.molecule().smiles());
        }

        private int tier() {
            if (filtered) {
                return 2;
            }
            return Double.isNaN(total) ? 1 : 0;
        }

        @Override
        public int compareTo(Key other) {
            int byTier = Integer.compare(tier(), other.tier());
            if (byTier != 0) {
                return byTier;
            }
            int byTotal = Double.compare(other.total, total); // higher first
            return byTotal != 0 ? byTotal : smiles.compareTo(other.smiles);
        }
    }

    public static final Comparator<Key> KEY_ORDER = Comparator.naturalOrder();

    public static final Comparator<ScoredMolecule> ORDER = Comparator.comparing(Key::of, KEY_ORDER);

    private Ranking() {
    }

    /** The 1-based rank of each key, in the keys' order. */
    public static int[] ranks(List<Key> keys) {
        Integer[] order = new Integer[keys.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Key[] byPosition = keys.toArray(new Key[0]);
        Arrays.sort(order, (a, b) -> byPosition[a].compareTo(byPosition[b]));
        int[] ranks = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r + 1;
        }
        return ranks;
    }

    /** The molecules best first, each with its rank. */
    public static List<ScoredMolecule> rank(List<ScoredMolecule> molecules) {
        return inRankOrder(molecules, ranks(molecules.stream().map(Key::of).toList()));
    }

    /** The molecules sorted by the given ranks (as from {@link #ranks}), each with its rank. */
    public static List<ScoredMolecule> inRankOrder(List<ScoredMolecule> molecules, int[] ranks) {
        ScoredMolecule[] sorted = new ScoredMolecule[molecules.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[ranks[i] - 1] = molecules.get(i).withRank(ranks[i]);
        }
        return new ArrayList<>(Arrays.asList(sorted));
    }
}
