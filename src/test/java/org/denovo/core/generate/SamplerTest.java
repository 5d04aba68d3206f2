package org.denovo.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.CancelledException;
import org.denovo.core.work.WorkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.denovo.core.chem.RecordParser;
import org.openscience.cdk.exception.CDKException;

/** Uses the tiny model made by the training recipe (src/test/resources/models/tiny, see models/train/README.md). */
class SamplerTest {
    static final Path TINY = Path.of("src/test/resources/models/tiny");

    @TempDir
    Path dir;

    @Test
    void onnxLogitsMatchPyTorch() throws Exception {
        JsonNode parity = new ObjectMapper().readTree(TINY.resolve("parity.json").toFile());
        try (GeneratorModel model = GeneratorModel.load(TINY, 1)) {
            for (JsonNode c : parity.get("cases")) {
                int batch = c.get("batch").asInt();
                int seq = c.get("seq").asInt();
                long[] tokens = new long[batch * seq];
                int i = 0;
                for (JsonNode row : c.get("tokens")) {
                    for (JsonNode t : row) {
                        tokens[i++] = t.asLong();
                    }
                }
                float[] hidden = floats(c.get("hidden"));
                try (OnnxTensor t = OnnxTensor.createTensor(model.environment(), LongBuffer.wrap(tokens), new long[] {batch, seq});
                     OnnxTensor h = OnnxTensor.createTensor(model.environment(), FloatBuffer.wrap(hidden),
                             new long[] {parity.get("layers").asInt(), batch, parity.get("hidden").asInt()});
                     OrtSession.Result r = model.session().run(Map.of("tokens", t, "hidden", h))) {
                    assertClose(floats(c.get("logits")), ((OnnxTensor) r.get("logits").orElseThrow()).getFloatBuffer());
                    assertClose(floats(c.get("hidden_out")), ((OnnxTensor) r.get("hidden_out").orElseThrow()).getFloatBuffer());
                }
            }
        }
    }

    @Test
    void sameSeedSameOutputWhateverTheThreadsOrBatchSize() throws Exception {
        SamplingOptions options = new SamplingOptions(300, 42, 1.0, 100, 64, "");
        List<Sample> one;
        List<Sample> two;
        List<Sample> again;
        try (GeneratorModel m1 = GeneratorModel.load(TINY, 1); GeneratorModel m2 = GeneratorModel.load(TINY, 2)) {
            one = new Sampler(m1).sample(options);
            two = new Sampler(m2).sample(options);
            again = new Sampler(m2).sample(options.withBatchSize(100));
        }
        assertEquals(300, one.size());
        assertEquals(one, two);
        assertEquals(one, again);
        for (int i = 0; i < one.size(); i++) {
            assertEquals(i, one.get(i).index());
        }
    }

    @Test
    void completionsReadEachPrefixOnceAndMatchSamplingWithThatPrefix() throws Exception {
        List<String> prefixes = List.of("c1ccccc1", "", "CC(=O)N", "C");
        int perPrefix = 12;
        SamplingOptions options = new SamplingOptions(1, 17, 1.0, 60, 20, "");
        try (GeneratorModel m = GeneratorModel.load(TINY, 1)) {
            List<Sample> ended = new java.util.ArrayList<>();
            List<Sample> completed = new Sampler(m).complete(prefixes, perPrefix, options, ended::add, WorkContext.synchronous());
            assertEquals(prefixes.size() * perPrefix, completed.size());
            for (int p = 0; p < prefixes.size(); p++) {
                // string p * perPrefix + j has the random stream of index p * perPrefix + j, as when sampling alone
                List<Sample> alone = new Sampler(m).sample(new SamplingOptions((p + 1) * perPrefix, 17, 1.0, 60, 64,
                        prefixes.get(p)));
                assertEquals(alone.subList(p * perPrefix, (p + 1) * perPrefix),
                        completed.subList(p * perPrefix, (p + 1) * perPrefix), "prefix '" + prefixes.get(p) + "'");
            }
            // every string that ended with the end token was handed over once, as it ended
            assertEquals(completed.stream().filter(Sample::finished).sorted(java.util.Comparator.comparingLong(Sample::index)).toList(),
                    ended.stream().sorted(java.util.Comparator.comparingLong(Sample::index)).toList());
        }
    }

    @Test
    void syntaxMaskChangesOnlyStringsThatCouldNotParse() throws Exception {
        SamplingOptions masked = new SamplingOptions(400, 13, 1.0, 100, 64, "");
        RecordParser parser = new RecordParser();
        try (GeneratorModel m = GeneratorModel.load(TINY, 1)) {
            List<Sample> with = new Sampler(m).sample(masked);
            List<Sample> without = new Sampler(m).sample(masked.withSyntaxMask(false));
            int changed = 0;
            for (int i = 0; i < with.size(); i++) {
                Sample a = with.get(i);
                Sample b = without.get(i);
                if (a.finished()) {
                    assertEquals(a.smiles().chars().filter(c -> c == '(').count(),
                            a.smiles().chars().filter(c -> c == ')').count(), a.smiles());
                }
                if (!a.equals(b)) {
                    changed++;
                    assertTrue(!b.finished() || !parses(parser, b.smiles()), "unmasked string that changed: " + b.smiles());
                }
            }
            assertTrue(changed > 0, "the tiny model's 400 strings include unclosed branches or rings");
        }
    }

    @Test
    void syntaxMaskReadsThePrefix() throws Exception {
        try (GeneratorModel m = GeneratorModel.load(TINY, 1)) {
            List<Sample> samples = new Sampler(m).complete(List.of("CC(C", "C1CC"), 50,
                    new SamplingOptions(1, 3, 1.0, 100, 32, ""), WorkContext.synchronous());
            int finished = 0;
            for (Sample s : samples) {
                if (s.finished()) {
                    finished++;
                    assertEquals(s.smiles().chars().filter(c -> c == '(').count(),
                            s.smiles().chars().filter(c -> c == ')').count(), s.smiles());
                    assertTrue(s.smiles().startsWith("CC(C") || s.smiles().indexOf('1', 2) > 0, s.smiles());
                }
            }
            assertTrue(finished > 0);
        }
    }

    private static boolean parses(RecordParser parser, String smiles) {
        try {
            parser.parseSmiles(smiles);
            return true;
        } catch (CDKException e) {
            return false;
        }
    }

    @Test
    void differentSeedsDiffer() throws Exception {
        try (GeneratorModel m = GeneratorModel.load(TINY, 1)) {
            Sampler s = new Sampler(m);
            assertNotEquals(s.sample(SamplingOptions.of(50, 1, 1.0)), s.sample(SamplingOptions.of(50, 2, 1.0)));
        }
    }

    @Test
    void maximumLengthMarksUnfinishedSamples() throws Exception {
        try (GeneratorModel m = GeneratorModel.load(TINY, 1)) {
            List<Sample> samples = new Sampler(m).sample(new SamplingOptions(100, 3, 1.5, 6, 32, ""));
            assertTrue(samples.stream().anyMatch(s -> !s.finished()), "some of 100 samples at T=1.5 reach 5 tokens");
            for (Sample s : samples) {
                int tokens = new SmilesTokenizer(m.vocabulary()).tokenize(s.smiles()).size();
                assertTrue(tokens <= 5, s.smiles());
                if (!s.finished()) {
                    assertEquals(5, tokens, s.smiles());
                }
            }
        }
    }

    @Test
    void prefixStartsEverySample() throws Exception {
        try (GeneratorModel m = GeneratorModel.load(TINY, 1)) {
            List<Sample> samples = new Sampler(m).sample(SamplingOptions.of(40, 5, 1.0).withPrefix("c1ccccc1"));
            samples.forEach(s -> assertTrue(s.smiles().startsWith("c1ccccc1"), s.smiles()));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Sampler(m).sample(SamplingOptions.of(1, 5, 1.0).withPrefix("C{")));
            assertTrue(e.getMessage().contains("{"), e.getMessage());
        }
    }

    @Test
    void lowTemperatureIsLessDiverse() throws Exception {
        try (GeneratorModel m = GeneratorModel.load(TINY, 1)) {
            Sampler s = new Sampler(m);
            double cold = modalFirstTokenShare(m, s.sample(SamplingOptions.of(300, 9, 0.01)));
            double warm = modalFirstTokenShare(m, s.sample(SamplingOptions.of(300, 9, 1.5)));
            assertTrue(cold > 0.95 && cold > warm, cold + " vs " + warm);
        }
    }

    @Test
    void cancellationStopsSampling() throws Exception {
        try (GeneratorModel m = GeneratorModel.load(TINY, 1)) {
            Cancellation cancel = new Cancellation();
            int[] batches = new int[1];
            assertThrows(CancelledException.class, () -> new Sampler(m).sample(new SamplingOptions(10_000, 1, 1.0, 100, 100, ""),
                    batch -> {
                        if (++batches[0] == 2) {
                            cancel.cancel();
                        }
                    }, new WorkContext(cancel, p -> { })));
            assertEquals(2, batches[0]);
        }
    }

    @Test
    void corruptOrMismatchedFilesFailWithTheFileName() throws Exception {
        Path copy = ModelCopies.withCorruptOnnx(TINY, dir.resolve("broken"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> GeneratorModel.load(copy, 1));
        assertTrue(e.getMessage().contains("model.onnx") && e.getMessage().contains("SHA-256"), e.getMessage());

        Files.copy(TINY.resolve("model.onnx"), copy.resolve("model.onnx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(copy.resolve("vocab.json"), "{not json");
        e = assertThrows(ModelLoadException.class, () -> GeneratorModel.load(copy, 1));
        assertTrue(e.getMessage().contains("vocab.json"), e.getMessage());

        Files.delete(copy.resolve("vocab.json"));
        e = assertThrows(ModelLoadException.class, () -> GeneratorModel.load(copy, 1));
        assertTrue(e.getMessage().contains("vocab.json"), e.getMessage());

        e = assertThrows(ModelLoadException.class, () -> GeneratorModel.load(dir.resolve("nowhere"), 1));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void tokenizerKeepsBracketAtomsAndHalogensWhole() throws Exception {
        try (GeneratorModel m = GeneratorModel.load(TINY, 1)) {
            SmilesTokenizer t = new SmilesTokenizer(m.vocabulary());
            assertEquals(List.of("Cl", "c", "1", "c", "c", "[nH]", "c", "1", "Br"), t.tokenize("Clc1cc[nH]c1Br"));
            assertThrows(IllegalArgumentException.class, () -> t.tokenize("C{C"));
            assertFalse(t.tokenize("C%12CC%12").contains("%"));
        }
    }

    private static double modalFirstTokenShare(GeneratorModel m, List<Sample> samples) {
        SmilesTokenizer t = new SmilesTokenizer(m.vocabulary());
        Map<String, Long> counts = samples.stream()
                .collect(java.util.stream.Collectors.groupingBy(x -> x.smiles().isEmpty() ? "" : t.tokenize(x.smiles()).get(0),
                        java.util.stream.Collectors.counting()));
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0) / (double) samples.size();
    }

    private static float[] floats(JsonNode array) {
        float[] f = new float[array.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) array.get(i).asDouble();
        }
        return f;
    }

    private static void assertClose(float[] expected, FloatBuffer actual) {
        assertEquals(expected.length, actual.remaining());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual.get(i), 1e-4, "element " + i);
        }
    }
}
