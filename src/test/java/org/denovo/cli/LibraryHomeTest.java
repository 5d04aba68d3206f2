package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DENOVO_HOME in a real process: the library goes where the environment says, not to ~/.denovo. */
class LibraryHomeTest {
    @TempDir
    Path dir;

    @Test
    void denovoHomeEnvironmentVariableLocatesTheLibrary() throws Exception {
        Path home = dir.resolve("home");
        Path in = dir.resolve("in.smi");
        Files.writeString(in, "CCO ethanol\nc1ccccc1O phenol\n");
        Path out = dir.resolve("out.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.denovo.Main",
                "score", "--in", in.toString(), "--out", out.toString(), "--profile", "qed", "--quiet");
        pb.environment().put("DENOVO_HOME", home.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(Files.isRegularFile(home.resolve("library.db")), output);
        assertTrue(output.contains("library run"), output);
        CliRunner runs = CliRunner.run("library", "runs", "--json", "--db", home.resolve("library.db").toString());
        assertEquals(0, runs.exitCode(), runs.err());
        assertTrue(runs.out().contains("\"molecules\" : 2") || runs.out().contains("\"molecules\":2"), runs.out());
    }
}
