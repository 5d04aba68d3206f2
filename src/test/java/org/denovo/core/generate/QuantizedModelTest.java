package org.denovo.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The int8 step model made by models/train/quantize.py from the tiny test model (src/test/resources/models/tiny-int8):
 * one token per call, next-token probabilities close to PyTorch's fp32 ones, and the sampler's guarantees hold.
 */
class QuantizedModelTest {
    static final Path TINY = Path.of("src/test/resources/models/tiny");
    static final Path TINY_INT8 = Path.of("src/test/resources/models/tiny-int8");

    @Test
    void stepByStepProbabilitiesStayCloseToPyTorch() throws Exception {
        JsonNode parity = new ObjectMapper().readTree(TINY.resolve("parity.json").toFile());
        int layers = parity.get("layers").asInt();
        int hidden = parity.get("hidden").asInt();
        int vocab = parity.get("vocab").asInt();
        double worst = 0;
        try (GeneratorModel model = GeneratorModel.load(TINY_INT8, 1)) {
            for (JsonNode c : parity.get("cases")) {
                int batch = c.get("batch").asInt();
                int seq = c.get("seq").asInt();
                float[] state = floats(c.get("hidden"));
                float[] expected = floats(c.get("logits"));
                for (int step = 0; step < seq; step++) {
                    long[] tokens = new long[batch];
                    for (int b = 0; b < batch; b++) {
                        tokens[b] = c.get("tokens").get(b).get(step).asLong();
                    }
                    try (OnnxTensor t = OnnxTensor.createTensor(model.environment(), LongBuffer.wrap(tokens), new long[] {batch, 1});
                         OnnxTensor h = OnnxTensor.createTensor(model.environment(), FloatBuffer.wrap(state),
                                 new long[] {layers, batch, hidden});
                         OrtSession.Result r = model.session().run(Map.of("tokens", t, "hidden", h))) {
                        FloatBuffer logits = ((OnnxTensor) r.get("logits").orElseThrow()).getFloatBuffer();
                        for (int b = 0; b < batch; b++) {
                            double[] p = softmax(logits, b * vocab, vocab);
                            double[] q = softmax(FloatBuffer.wrap(expected), (b * seq + step) * vocab, vocab);
                            for (int v = 0; v < vocab; v++) {
                                worst = Math.max(worst, Math.abs(p[v] - q[v]));
                            }
                        }
                        FloatBuffer next = ((OnnxTensor) r.get("hidden_out").orElseThrow()).getFloatBuffer();
                        state = new float[next.remaining()];
                        next.get(state);
                    }
                }
            }
        }
        assertTrue(worst < 0.02, "largest difference in a next-token probability: " + worst);
    }

    @Test
    void takesOneTokenPerCallOnly() throws Exception {
        try (GeneratorModel model = GeneratorModel.load(TINY_INT8, 1)) {
            int layers = model.card().layers();
            int hidden = model.card().hidden();
            assertThrows(Exception.class, () -> {
                try (OnnxTensor t = OnnxTensor.createTensor(model.environment(), LongBuffer.wrap(new long[] {1, 5}), new long[] {1, 2});
                     OnnxTensor h = OnnxTensor.createTensor(model.environment(), FloatBuffer.allocate(layers * hidden),
                             new long[] {layers, 1, hidden});
                     OrtSession.Result ignored = model.session().run(Map.of("tokens", t, "hidden", h))) {
                    // a two-token call must not succeed silently
                }
            });
        }
    }

    @Test
    void samplingRepeatsBySeedWhateverTheThreadsAndTakesAPrefix() throws Exception {
        SamplingOptions options = new SamplingOptions(200, 7, 1.0, 100, 64, "");
        try (GeneratorModel one = GeneratorModel.load(TINY_INT8, 1); GeneratorModel two = GeneratorModel.load(TINY_INT8, 2)) {
            List<Sample> a = new Sampler(one).sample(options);
            List<Sample> b = new Sampler(two).sample(options.withBatchSize(50));
            assertEquals(a, b);
            new Sampler(one).sample(SamplingOptions.of(30, 3, 1.0).withPrefix("c1ccccc1"))
                    .forEach(s -> assertTrue(s.smiles().startsWith("c1ccccc1"), s.smiles()));
        }
    }

    static double[] softmax(FloatBuffer logits, int offset, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < n; v++) {
            max = Math.max(max, logits.get(offset + v));
        }
        double[] p = new double[n];
        double sum = 0;
        for (int v = 0; v < n; v++) {
            p[v] = Math.exp(logits.get(offset + v) - max);
            sum += p[v];
        }
        for (int v = 0; v < n; v++) {
            p[v] /= sum;
        }
        return p;
    }

    private static float[] floats(JsonNode array) {
        float[] f = new float[array.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) array.get(i).asDouble();
        }
        return f;
    }
}
