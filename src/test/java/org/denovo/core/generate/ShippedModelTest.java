package org.denovo.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;
import org.denovo.core.run.ParallelAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The models that ship in models/: they load (hash checked), sample mostly valid molecules and repeat by seed;
 * the int8 default stays close to the float32 model it was quantised from.
 */
class ShippedModelTest {
    static final Path FLOAT = Path.of("models", GeneratorModel.BUNDLED_FLOAT_ID);
    static final Path INT8 = Path.of("models", GeneratorModel.BUNDLED_ID);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {GeneratorModel.BUNDLED_ID, GeneratorModel.BUNDLED_FLOAT_ID})
    void aFewHundredSamplesAreMostlyValidAndRepeatBySeed(String id) throws Exception {
        List<Sample> first;
        List<Sample> again;
        try (GeneratorModel model = GeneratorModel.load(Path.of("models", id), 2)) {
            Sampler sampler = new Sampler(model);
            first = sampler.sample(SamplingOptions.of(300, 2026, 1.0));
            again = sampler.sample(SamplingOptions.of(300, 2026, 1.0).withBatchSize(100));
        }
        assertEquals(first.stream().map(Sample::smiles).toList(), again.stream().map(Sample::smiles).toList());
        List<InputRecord> records = new ArrayList<>();
        for (Sample s : first) {
            records.add(new InputRecord(records.size() + 1, records.size() + 1, Notation.SMILES, s.smiles(), "",
                    null, null));
        }
        long valid;
        try (ParallelAnalyzer analyzer = new ParallelAnalyzer(2, false)) {
            valid = analyzer.analyze(records).stream().filter(a -> a instanceof Analysis.Success).count();
        }
        // the manifests' measured validity is about 0.95 on 10,000 samples; 300 samples stay well above 0.85
        assertTrue(valid >= 0.85 * first.size(), valid + " of " + first.size() + " valid");
    }

    /**
     * Teacher-forces both models along strings the float model sampled: the next-token distributions differ by
     * a small Kullback-Leibler divergence on average, and the most likely next token is nearly always the same.
     */
    @Test
    void theInt8ModelPredictsLikeTheFloatModel() throws Exception {
        try (GeneratorModel fp = GeneratorModel.load(FLOAT, 1); GeneratorModel q = GeneratorModel.load(INT8, 1)) {
            List<Sample> strings = new Sampler(fp).sample(SamplingOptions.of(64, 11, 1.0));
            Vocabulary vocab = fp.vocabulary();
            SmilesTokenizer tokenizer = new SmilesTokenizer(vocab);
            int n = strings.size();
            List<int[]> sequences = new ArrayList<>();
            int longest = 0;
            for (Sample s : strings) {
                int[] body = tokenizer.encode(s.smiles());
                int[] seq = new int[body.length + 1];
                seq[0] = vocab.bos();
                System.arraycopy(body, 0, seq, 1, body.length);
                sequences.add(seq);
                longest = Math.max(longest, seq.length);
            }
            int layers = fp.card().layers();
            int hidden = fp.card().hidden();
            int v = vocab.size();
            float[] hFp = new float[layers * n * hidden];
            float[] hQ = new float[layers * n * hidden];
            double kl = 0;
            long positions = 0;
            long sameArgmax = 0;
            for (int t = 0; t < longest; t++) {
                long[] tokens = new long[n];
                for (int r = 0; r < n; r++) {
                    int[] seq = sequences.get(r);
                    tokens[r] = t < seq.length ? seq[t] : vocab.eos();
                }
                float[][] outFp = step(fp, tokens, hFp, layers, n, hidden);
                float[][] outQ = step(q, tokens, hQ, layers, n, hidden);
                hFp = outFp[1];
                hQ = outQ[1];
                for (int r = 0; r < n; r++) {
                    if (t >= sequences.get(r).length) {
                        continue;
                    }
                    double[] p = QuantizedModelTest.softmax(FloatBuffer.wrap(outFp[0]), r * v, v);
                    double[] pq = QuantizedModelTest.softmax(FloatBuffer.wrap(outQ[0]), r * v, v);
                    int best = 0;
                    int bestQ = 0;
                    for (int k = 0; k < v; k++) {
                        if (p[k] > 0) {
                            kl += p[k] * Math.log(p[k] / Math.max(pq[k], 1e-30));
                        }
                        best = p[k] > p[best] ? k : best;
                        bestQ = pq[k] > pq[bestQ] ? k : bestQ;
                    }
                    sameArgmax += best == bestQ ? 1 : 0;
                    positions++;
                }
            }
            double meanKl = kl / positions;
            double agreement = (double) sameArgmax / positions;
            assertTrue(meanKl < 0.002, "mean KL(float || int8) per token " + meanKl);
            assertTrue(agreement > 0.98, "same most likely next token at " + agreement + " of " + positions + " positions");
        }
    }

    private static float[][] step(GeneratorModel m, long[] tokens, float[] hiddenState, int layers, int n, int hidden)
            throws Exception {
        try (OnnxTensor t = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(tokens), new long[] {n, 1});
             OnnxTensor h = OnnxTensor.createTensor(m.environment(), FloatBuffer.wrap(hiddenState), new long[] {layers, n, hidden});
             OrtSession.Result r = m.session().run(Map.of("tokens", t, "hidden", h))) {
            FloatBuffer logits = ((OnnxTensor) r.get("logits").orElseThrow()).getFloatBuffer();
            FloatBuffer next = ((OnnxTensor) r.get("hidden_out").orElseThrow()).getFloatBuffer();
            float[] l = new float[logits.remaining()];
            logits.get(l);
            float[] hOut = new float[next.remaining()];
            next.get(hOut);
            return new float[][] {l, hOut};
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {GeneratorModel.BUNDLED_ID, GeneratorModel.BUNDLED_FLOAT_ID})
    void aCorruptCopyFailsWithTheFileName(String id) throws Exception {
        Path copy = ModelCopies.withCorruptOnnx(Path.of("models", id), dir.resolve(id));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> GeneratorModel.load(copy, 1));
        assertTrue(e.getMessage().contains("model.onnx") && e.getMessage().contains("SHA-256"), e.getMessage());
    }
}
