package org.denovo.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.denovo.core.work.WorkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * `metrics` against an independent implementation: src/test/resources/reference/metrics_reference.py computes the
 * MOSES and GuacaMol metrics and the fidelity table with RDKit and SciPy for 2,000 raw samples of the shipped model
 * and 2,000 ChEMBL molecules; the values are committed in metrics_reference.json. The two implementations
 * standardise differently (this app keeps the largest fragment and neutralises), so a handful of molecules differ;
 * the tolerances are a little above the differences that causes.
 */
class MetricsReferenceAgreementTest {
    private static DistributionMetrics metrics;
    private static JsonNode expected;

    @BeforeAll
    static void computeBoth() throws Exception {
        Path samples = Path.of(MetricsReferenceAgreementTest.class.getResource("/reference/metrics_samples.smi").toURI());
        Path reference = Path.of(MetricsReferenceAgreementTest.class.getResource("/reference/metrics_reference_set.smi").toURI());
        metrics = new MetricsRun(samples, null, reference, 2).run(WorkContext.synchronous());
        expected = new ObjectMapper().readTree(MetricsReferenceAgreementTest.class.getResource("/reference/metrics_reference.json"));
    }

    @Test
    void validityUniquenessAndFilters() {
        assertEquals(expected.get("validity").asDouble(), metrics.validity(), 0.001);
        assertEquals(expected.get("unique").asDouble(), metrics.unique(), 2);
        assertEquals(expected.get("filters_pass_rate").asDouble(), metrics.filtersPassRate(), 0.005);
        assertEquals(expected.get("reference_filters_pass_rate").asDouble(), metrics.referenceFiltersPassRate(), 0.002);
        assertEquals(expected.get("small_fraction").asDouble(), metrics.smallFraction(), 0.002);
        assertEquals(expected.get("int_div1").asDouble(), metrics.intDiv1(), 0.0005);
        assertEquals(expected.get("reference_int_div1").asDouble(), metrics.referenceIntDiv1(), 0.0005);
        assertEquals(expected.get("reference_small_fraction").asDouble(), metrics.referenceSmallFraction(), 0.001);
    }

    @Test
    void klDivergencesOfThePhysicoChemicalDescriptors() {
        List<String> off = new ArrayList<>();
        for (Map.Entry<String, Double> kl : metrics.klDivergences().entrySet()) {
            double want = expected.get("kl_divergences").get(kl.getKey()).asDouble();
            if (Math.abs(kl.getValue() - want) > 0.003) {
                off.add(String.format(Locale.ROOT, "%s %.5f vs RDKit %.5f", kl.getKey(), kl.getValue(), want));
            }
        }
        assertTrue(off.isEmpty(), off.toString());
    }

    @Test
    void fidelityTable() {
        List<String> off = new ArrayList<>();
        expected.get("fidelity").fields().forEachRemaining(e -> {
            DescriptorComparison ours = metrics.fidelity().get(e.getKey());
            JsonNode want = e.getValue();
            // CDK writes canonical SMILES about 2% longer than RDKit; this app counts about 3% fewer stereocentres
            // than FindMolChiralCenters(includeUnassigned=True); every other descriptor agrees per molecule.
            double meanTolerance = switch (e.getKey()) {
                case "smiles_length" -> 0.025;
                case "stereocentres" -> 0.04;
                default -> 0.003;
            };
            double ksTolerance = e.getKey().equals("smiles_length") ? 0.01 : 0.006;
            if (Math.abs(ours.ks() - want.get("ks").asDouble()) > ksTolerance
                    || Math.abs(ours.generatedMean() - want.get("generated_mean").asDouble())
                    > meanTolerance * Math.abs(want.get("generated_mean").asDouble()) + 0.002
                    || Math.abs(ours.referenceMean() - want.get("reference_mean").asDouble())
                    > meanTolerance * Math.abs(want.get("reference_mean").asDouble()) + 0.002) {
                off.add(String.format(Locale.ROOT, "%s: KS %.4f vs %.4f, mean %.3f vs %.3f, reference mean %.3f vs %.3f",
                        e.getKey(), ours.ks(), want.get("ks").asDouble(), ours.generatedMean(),
                        want.get("generated_mean").asDouble(), ours.referenceMean(), want.get("reference_mean").asDouble()));
            }
        });
        assertTrue(off.isEmpty(), off.toString());
    }
}
