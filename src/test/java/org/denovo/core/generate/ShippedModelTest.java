package org.denovo.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.denovo.core.chem.Analysis;
import org.denovo.core.io.RawRecord;
import org.denovo.core.io.RecordFormat;
import org.denovo.core.run.ParallelAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model that ships in models/: it loads (hash checked), samples mostly valid molecules, repeats by seed. */
class ShippedModelTest {
    static final Path SHIPPED = Path.of("models/chembl-gru-v1");

    @TempDir
    Path dir;

    @Test
    void aFewHundredSamplesAreMostlyValidAndRepeatBySeed() throws Exception {
        List<Sample> first;
        List<Sample> again;
        try (GeneratorModel model = GeneratorModel.load(SHIPPED, 2)) {
            Sampler sampler = new Sampler(model);
            first = sampler.sample(SamplingOptions.of(300, 2026, 1.0));
            again = sampler.sample(SamplingOptions.of(300, 2026, 1.0));
        }
        assertEquals(first.stream().map(Sample::smiles).toList(), again.stream().map(Sample::smiles).toList());
        List<RawRecord> records = new ArrayList<>();
        for (Sample s : first) {
            records.add(new RawRecord(records.size() + 1, records.size() + 1, RecordFormat.SMILES, s.smiles(), "",
                    null, null));
        }
        long valid;
        try (ParallelAnalyzer analyzer = new ParallelAnalyzer(2, false)) {
            valid = analyzer.analyze(records).stream().filter(a -> a instanceof Analysis.Success).count();
        }
        // the manifest's measured validity is 0.77 or more on 10,000 samples; 300 samples stay well above 0.6
        assertTrue(valid >= 0.6 * first.size(), valid + " of " + first.size() + " valid");
    }

    @Test
    void aCorruptCopyFailsWithTheFileName() throws Exception {
        Path copy = ModelCopies.withCorruptOnnx(SHIPPED, dir.resolve("chembl-gru-v1"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> GeneratorModel.load(copy, 1));
        assertTrue(e.getMessage().contains("model.onnx") && e.getMessage().contains("SHA-256"), e.getMessage());
    }
}
