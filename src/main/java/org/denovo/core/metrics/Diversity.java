package org.denovo.core.metrics;

import java.util.List;
import org.denovo.core.chem.Fingerprint;

/** Similarity statistics over a set of fingerprints. */
public final class Diversity {
    private Diversity() {
    }

    /** MOSES IntDiv1: one minus the mean Tanimoto over all ordered pairs, self-pairs included. */
    public static double internalDiversity(List<Fingerprint> fps) {
        int n = fps.size();
        if (n == 0) {
            return Double.NaN;
        }
        long[][] words = new long[n][];
        int[] cards = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = fps.get(i).words();
            cards[i] = fps.get(i).cardinality();
        }
        double sum = n; // self-similarity of each is 1 (0 for empty fingerprints is treated as 1 too)
        for (int i = 0; i < n; i++) {
            long[] a = words[i];
            for (int j = i + 1; j < n; j++) {
                long[] b = words[j];
                int both = 0;
                for (int w = 0; w < a.length; w++) {
                    both += Long.bitCount(a[w] & b[w]);
                }
                int either = cards[i] + cards[j] - both;
                sum += 2.0 * (either == 0 ? 1.0 : (double) both / either);
            }
        }
        return 1.0 - sum / ((double) n * n);
    }

    /** For each fingerprint, the highest Tanimoto to any other in the set (GuacaMol's internal similarity). */
    public static double[] nearestNeighbourSimilarity(List<Fingerprint> fps) {
        int n = fps.size();
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = fps.get(i).tanimoto(fps.get(j));
                best[i] = Math.max(best[i], s);
                best[j] = Math.max(best[j], s);
            }
        }
        return best;
    }
}
