package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void metricsOnRawSamples() throws Exception {
        Path raw = dir.resolve("raw.smi");
        CliRunner.run("generate", "--model", TINY, "--count", "500", "--seed", "8", "--raw", "--out", raw.toString());
        Path train = dir.resolve("train.smi");
        Files.writeString(train, "CCO\nc1ccccc1\n");
        CliRunner r = CliRunner.run("metrics", "--in", raw.toString(), "--train", train.toString(), "--json", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"validity\"") && r.out().contains("\"uniqueAt1k\"") && r.out().contains("\"novelty\""), r.out());
        assertTrue(r.out().contains("\"samples\" : 500"), r.out());
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
