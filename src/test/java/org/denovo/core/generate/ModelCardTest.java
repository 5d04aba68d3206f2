package org.denovo.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ModelCardTest {
    private static ModelCard card(String stages) throws Exception {
        return ModelCard.fromManifest(new ObjectMapper().readTree("""
                {"id": "m", "parameters": 1000, "architecture": {"type": "GRU", "layers": 3, "hidden": 384},
                 "training": {"data": "chembl_train.smi.gz", "molecules": 215891, "epochs": 8, "seed": 1}%s}
                """.formatted(stages)));
    }

    @Test
    void summaryNamesTheTrainingData() throws Exception {
        assertEquals("m: 3x384 GRU, 1,000 parameters, trained on 215,891 chembl_train.smi.gz molecules for 8.0 epochs",
                card("").summary());
    }

    @Test
    void summaryMentionsAFineTuningStage() throws Exception {
        String stages = ", \"training_stages\": [{\"epochs\": 6}, {\"epochs\": 2}, "
                + "{\"steps\": 700, \"summary\": \"then tuned by reinforcement towards valid SMILES (700 steps)\"}]";
        assertEquals("m: 3x384 GRU, 1,000 parameters, trained on 215,891 chembl_train.smi.gz molecules for 8.0 epochs"
                + ", then tuned by reinforcement towards valid SMILES (700 steps)", card(stages).summary());
    }

    @Test
    void metricsSummaryShowsTheMeasuredMetricsOrNothing() throws Exception {
        String metrics = ", \"metrics\": {\"samples\": 10000, \"validity\": 0.9545, \"unique_at_10k\": 0.99948, "
                + "\"novelty\": 0.9951, \"kl_score\": 0.9507, \"int_div1\": 0.8888, \"filters_pass_rate\": 0.7874}";
        assertEquals("measured on 10,000 samples: validity 0.955, unique@10k 0.999, novelty 0.995, KL score 0.951, "
                + "IntDiv1 0.889, Filters 0.787", card(metrics).metricsSummary());
        assertEquals("", card("").metricsSummary());
    }

    @Test
    void fidelityTableListsEachDescriptorAgainstTheReference() throws Exception {
        String metrics = ", \"metrics\": {\"validity\": 0.95, \"small_fraction\": 0.057, \"reference_small_fraction\": 0.028, "
                + "\"fidelity\": {\"mol_weight\": {\"generatedMean\": 348.1, \"generatedMedian\": 340.4, "
                + "\"referenceMean\": 389.2, \"referenceMedian\": 380.5, \"ks\": 0.1766}}}";
        String table = card(metrics).fidelityTable();
        assertEquals(3, table.lines().count(), table);
        assertEquals("mol_weight         348.10 / 340.40    389.20 / 380.50  0.177", table.lines().toList().get(1));
        assertEquals("under 15 heavy atoms: 0.057 (reference 0.028)", table.lines().toList().get(2));
        assertEquals("", card("").fidelityTable());
    }

    @Test
    void briefCountsTheStagesAndShowsTheHeadlineMetrics() throws Exception {
        String rest = ", \"training_stages\": [{\"epochs\": 6}, {\"epochs\": 2}, {\"steps\": 700}], "
                + "\"quantization\": {\"from\": \"f\"}, \"metrics\": {\"samples\": 10000, \"validity\": 0.9719, "
                + "\"kl_score\": 0.9769, \"int_div1\": 0.8676}";
        assertEquals("m · 3x384 GRU, 215,891 chembl_train molecules, 3 training stages, int8 · on 10,000 samples: "
                + "validity 0.972, KL score 0.977, IntDiv1 0.868", card(rest).brief());
        assertEquals("m · 3x384 GRU, 215,891 chembl_train molecules, 1 training stage", card("").brief());
    }
}
