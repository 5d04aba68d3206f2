package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate, metrics and model on the tiny recipe-made test model. */
class GenerateCliTest {
    static final String TINY = "src/test/resources/models/tiny";

    @TempDir
    Path dir;

    @Test
    void rawOutputHasEveryStringInOrderAndIsSeedExact() throws Exception {
        Path a = dir.resolve("a.smi");
        Path b = dir.resolve("b.smi");
        CliRunner r = CliRunner.run("generate", "--model", TINY, "--count", "300", "--seed", "5", "--raw", "--out", a.toString());
        assertEquals(0, r.exitCode(), r.err());
        CliRunner.run("generate", "--model", TINY, "--count", "300", "--seed", "5", "--raw", "--out", b.toString(), "--threads", "1");
        List<String> lines = Files.readAllLines(a);
        assertEquals(300, lines.size());
        assertEquals(lines, Files.readAllLines(b));
        assertTrue(r.err().contains("sampled 300, valid "), r.err());
        assertTrue(r.err().contains("(seed 5)"), r.err());
    }

    @Test
    void defaultOutputIsValidUniqueScoredMolecules() throws Exception {
        Path out = dir.resolve("gen.csv");
        CliRunner r = CliRunner.run("generate", "--model", TINY, "--count", "1500", "--seed", "3", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.size() > 1, "some valid molecules among 1500 samples");
        assertTrue(lines.get(0).startsWith("rank,score,name,smiles"), lines.get(0));
        assertTrue(lines.get(0).contains("novel") && lines.get(0).contains("sample_index"), lines.get(0));
        long distinct = lines.stream().skip(1).map(l -> l.split(",")[3]).distinct().count();
        assertEquals(lines.size() - 1, distinct);
    }

    /**
     * Twelve strings whose metrics are known without the code under test (RDKit 2022.09 agrees on each verdict):
     * four invalid (an open ring, an empty line, a five-membered all-carbon aromatic ring that cannot be kekulised,
     * a pentavalent carbon), and eight valid ones that are six molecules (ethanol three times, as CCO twice and as
     * OCC). Of the six, ethanol and benzene are in the training file, and two break the MOSES rules (a charged atom,
     * iodine); the other four match no MCF or PAINS pattern. The training file's two molecules share no Morgan bit,
     * so their IntDiv1 (mean over all pairs, self-pairs included, as in MOSES) is 1 - (1 + 0 + 0 + 1) / 4 = 0.5.
     */
    @Test
    void metricsOfAHandmadeSampleWithKnownInvalidAndDuplicateStrings() throws Exception {
        Path raw = dir.resolve("raw.smi");
        Files.writeString(raw, String.join("\n", "CCO", "OCC", "c1ccccc1", "C1CC", "", "CC(=O)Nc1ccc(O)cc1",
                "c1cccc1", "C[N+](C)(C)C", "CCO", "FC(F)(F)c1ccccc1", "CC(C)(C)(C)C", "Ic1ccccc1") + "\n");
        Path train = dir.resolve("train.smi");
        Files.writeString(train, "CCO\nc1ccccc1\n");
        CliRunner r = CliRunner.run("metrics", "--in", raw.toString(), "--train", train.toString(), "--json", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode metrics = new ObjectMapper().readTree(r.out());
        assertEquals(12, metrics.get("samples").asLong(), r.out());
        assertEquals(8, metrics.get("valid").asLong(), r.out());
        assertEquals(8 / 12.0, metrics.get("validity").asDouble(), 1e-12, r.out());
        assertEquals(6, metrics.get("unique").asLong(), r.out());
        assertEquals(6 / 8.0, metrics.get("uniqueAt1k").asDouble(), 1e-12, r.out());
        assertEquals(6 / 8.0, metrics.get("uniqueAt10k").asDouble(), 1e-12, r.out());
        assertEquals(4 / 6.0, metrics.get("novelty").asDouble(), 1e-12, r.out());
        // MOSES counts Filters over the valid molecules, duplicates kept: 6 of 8 (ethanol three times)
        assertEquals(6 / 8.0, metrics.get("filtersPassRate").asDouble(), 1e-12, r.out());
        assertEquals(0.5, metrics.get("trainingIntDiv1").asDouble(), 1e-12, r.out());
        assertEquals(1.0, metrics.get("trainingFiltersPassRate").asDouble(), 1e-12, r.out());
        double intDiv = metrics.get("intDiv1").asDouble();
        assertTrue(intDiv > 0 && intDiv < 1, r.out());
    }

    /** metrics on generate's raw output counts the same samples, valid and unique molecules that generate reported. */
    @Test
    void metricsOnRawSamplesAgreeWithWhatGenerateReported() throws Exception {
        Path raw = dir.resolve("raw.smi");
        CliRunner gen = CliRunner.run("generate", "--model", TINY, "--count", "500", "--seed", "8", "--raw", "--out",
                raw.toString());
        assertEquals(0, gen.exitCode(), gen.err());
        Matcher summary = Pattern.compile("sampled 500, valid (\\d+) \\([^)]*\\), unique (\\d+)").matcher(gen.err());
        assertTrue(summary.find(), gen.err());
        long valid = Long.parseLong(summary.group(1));
        long unique = Long.parseLong(summary.group(2));
        assertTrue(valid > 0 && valid < 500, "the tiny model samples valid and invalid strings: " + gen.err());
        CliRunner r = CliRunner.run("metrics", "--in", raw.toString(), "--json", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode metrics = new ObjectMapper().readTree(r.out());
        assertEquals(500, metrics.get("samples").asLong(), r.out());
        assertEquals(valid, metrics.get("valid").asLong(), r.out());
        assertEquals(valid / 500.0, metrics.get("validity").asDouble(), 1e-12, r.out());
        assertEquals(unique, metrics.get("unique").asLong(), r.out());
        assertEquals((double) unique / valid, metrics.get("uniqueAt1k").asDouble(), 1e-12, r.out());
    }

    @Test
    void modelInfoAndCorruptModelMessage() throws Exception {
        CliRunner info = CliRunner.run("model", "info", "--model", TINY);
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("(verified)"), info.out());
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        for (String f : new String[] {"manifest.json", "vocab.json"}) {
            Files.copy(Path.of(TINY, f), broken.resolve(f));
        }
        Files.writeString(broken.resolve("model.onnx"), "not a model");
        CliRunner bad = CliRunner.run("generate", "--model", broken.toString(), "--count", "10", "--out", dir.resolve("x.smi").toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("model.onnx") && bad.err().contains("SHA-256"), bad.err());
        assertTrue(!bad.err().contains("\tat "), bad.err());
    }
}
