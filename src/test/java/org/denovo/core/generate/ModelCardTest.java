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
}
