package org.denovo.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.work.WorkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCalculatorTest {
    private static final MoleculeAnalyzer ANALYZER = MoleculeAnalyzer.withDefaults();

    @TempDir
    Path dir;

    private static List<AnalyzedMolecule> analyse(String... smiles) throws Exception {
        List<AnalyzedMolecule> out = new ArrayList<>();
        for (String s : smiles) {
            out.add(ANALYZER.analyzeCanonical(org.denovo.core.chem.ReferenceMolecules.canonical(s), "", null));
        }
        return out;
    }

    @Test
    void knownDuplicateRateAndNovelty() throws Exception {
        List<AnalyzedMolecule> valid = analyse("CCO", "OCC", "CCN", "c1ccccc1", "CCN", "CCCl");
        Set<String> train = Set.of(org.denovo.core.chem.ReferenceMolecules.canonical("CCO"),
                org.denovo.core.chem.ReferenceMolecules.canonical("CCCl"));
        DistributionMetrics m = MetricsCalculator.compute(8, valid, train::contains, null);
        assertEquals(6.0 / 8, m.validity(), 1e-12);
        assertEquals(4.0 / 6, m.uniqueAt1k(), 1e-12);
        assertEquals(4, m.unique());
        assertEquals(0.5, m.novelty(), 1e-12);
        assertEquals(1.0, MetricsCalculator.uniqueAt(valid, 1), 1e-12);
        assertEquals(0.5, MetricsCalculator.uniqueAt(valid, 2), 1e-12);
        assertTrue(Double.isNaN(m.klScore()));
    }

    @Test
    void diversityOfIdenticalAndDisjointSets() throws Exception {
        List<AnalyzedMolecule> same = analyse("CCO", "CCO", "CCO");
        assertEquals(0.0, Diversity.internalDiversity(same.stream().map(AnalyzedMolecule::ecfp4).toList()), 1e-12);
        List<AnalyzedMolecule> two = analyse("CCO", "c1ccc2ccccc2c1");
        double t = two.get(0).ecfp4().tanimoto(two.get(1).ecfp4());
        // MOSES: mean over all 4 ordered pairs including the two self-pairs
        assertEquals(1 - (2 + 2 * t) / 4, Diversity.internalDiversity(two.stream().map(AnalyzedMolecule::ecfp4).toList()), 1e-12);
    }

    @Test
    void klScoreIsOneForTheSameDistributionAndLowerForAShiftedOne() throws Exception {
        List<AnalyzedMolecule> ref = analyse("CCO", "CCCO", "CCCCO", "c1ccccc1O", "CC(=O)Nc1ccc(O)cc1", "CCN(CC)CC",
                "c1ccncc1", "CC(C)Cc1ccc(C(C)C(=O)O)cc1", "O=C(O)c1ccccc1O", "CN1CCC[C@H]1c1cccnc1");
        DistributionMetrics same = MetricsCalculator.compute(ref.size(), ref, null, ref);
        assertEquals(1.0, same.klScore(), 1e-6);
        List<AnalyzedMolecule> alkanes = analyse("CCCCCCCC", "CCCCCCCCC", "CCCCCCCCCC", "CCCCCCCCCCC", "CCCCCCCCCCCC");
        DistributionMetrics shifted = MetricsCalculator.compute(alkanes.size(), alkanes, null, ref);
        assertTrue(shifted.klScore() < 0.6, "KL score " + shifted.klScore());
        assertEquals(10, shifted.klDivergences().size(), "GuacaMol: nine descriptors and the nearest-neighbour similarity");
    }

    @Test
    void discreteDivergenceMatchesAHandComputedValue() {
        // reference half 0, half 1; sample all 0: histogram bins over [0,1]: ref (0.5, 0.5), sample (1, 0)
        double kl = Divergence.discrete(new double[] {0, 0, 1, 1}, new double[] {0, 0, 0, 0});
        // normalised: P = (0.5, 0.5) in bins 0 and 9; Q = (1, 1e-11); the 1e-11 floors elsewhere add ~0
        double expected = 0.5 * Math.log(0.5) + 0.5 * Math.log(0.5 / 1e-11);
        assertEquals(expected, kl, 1e-3);
    }

    @Test
    void rawSamplesKeepBlankLinesAndLeadingHashes() throws Exception {
        Path samples = dir.resolve("raw.smi");
        Files.writeString(samples, "CCO\n\n#C\nC1CC\nCCO\n");
        DistributionMetrics m = new MetricsRun(samples, null, null, 1).run(WorkContext.synchronous());
        assertEquals(5, m.samples());
        assertEquals(2, m.valid());
        assertEquals(0.5, m.uniqueAt1k(), 1e-12);
        assertTrue(Double.isNaN(m.trainingIntDiv1()));

        Path train = dir.resolve("train.smi");
        Files.writeString(train, "# training\nCCO\nc1ccccc1\nCC(=O)Nc1ccc(O)cc1\n");
        DistributionMetrics t = new MetricsRun(samples, train, null, 1).run(WorkContext.synchronous());
        assertEquals(0.0, t.novelty(), 1e-12); // CCO is the only valid sample, and it is in training
        // MOSES internal_diversity of the three with RDKit 2022.09 (Morgan radius 2, 1,024 bits)
        assertEquals(0.6367609845870715, t.trainingIntDiv1(), 1e-12);
        assertEquals(1.0, t.trainingFiltersPassRate(), 1e-12);
    }
}
