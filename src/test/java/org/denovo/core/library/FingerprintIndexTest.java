package org.denovo.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pruned, parallel scan returns exactly what a brute-force scan ranks first, ties included. */
class FingerprintIndexTest {
    @Test
    void prunedParallelSearchEqualsBruteForce() {
        SplittableRandom random = new SplittableRandom(7);
        FingerprintIndex index = new FingerprintIndex();
        List<long[]> fps = new ArrayList<>();
        for (int i = 0; i < 130_000; i++) {
            // repeats of earlier fingerprints make ties, which must resolve to the lower id
            long[] fp = i % 997 == 5 ? fps.get(i / 2) : randomFingerprint(random, 20 + random.nextInt(60));
            fps.add(fp);
            index.add(i + 1, fp);
        }
        for (int q = 0; q < 6; q++) {
            long[] query = q % 2 == 0 ? fps.get(random.nextInt(fps.size())) : randomFingerprint(random, 45);
            for (double min : new double[] {0, 0.1, 0.7}) {
                for (int top : new int[] {1, 100, 0}) {
                    List<FingerprintIndex.Scored> expected = bruteForce(fps, query, min, top);
                    assertEquals(expected, index.search(query, min, top), "query " + q + " min " + min + " top " + top);
                }
            }
        }
    }

    private static List<FingerprintIndex.Scored> bruteForce(List<long[]> fps, long[] q, double min, int top) {
        List<FingerprintIndex.Scored> all = new ArrayList<>();
        for (int i = 0; i < fps.size(); i++) {
            int common = 0;
            int union = 0;
            for (int w = 0; w < FingerprintIndex.WORDS; w++) {
                common += Long.bitCount(fps.get(i)[w] & q[w]);
                union += Long.bitCount(fps.get(i)[w] | q[w]);
            }
            double sim = union == 0 ? 0 : (double) common / union;
            if (sim >= min) {
                all.add(new FingerprintIndex.Scored(i + 1, sim));
            }
        }
        all.sort(Comparator.comparingDouble(FingerprintIndex.Scored::similarity).reversed()
                .thenComparingLong(FingerprintIndex.Scored::id));
        return top > 0 && all.size() > top ? all.subList(0, top) : all;
    }

    private static long[] randomFingerprint(SplittableRandom random, int bits) {
        long[] fp = new long[FingerprintIndex.WORDS];
        for (int b = 0; b < bits; b++) {
            int bit = random.nextInt(FingerprintIndex.WORDS * 64);
            fp[bit >>> 6] |= 1L << bit;
        }
        return fp;
    }
}
