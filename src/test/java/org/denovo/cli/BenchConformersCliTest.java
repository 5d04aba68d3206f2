package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchConformersCliTest {
    @TempDir
    Path dir;

    @Test
    void reportsEachModeAndCountsFailuresByReason() throws Exception {
        Path in = dir.resolve("in.smi");
        Files.writeString(in, "CCO ethanol\nC1CC broken\nc1ccccc1O phenol\nCCN not-read\n");
        CliRunner r = CliRunner.run("bench", "conformers", "--in", in.toString(), "--count", "3", "--warmup", "0",
                "--method", "openchemlib-so,auto");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("3D coordinates for 3 molecules"), r.out());
        assertTrue(r.out().contains("openchemlib-so    66.7%   66.7%"), r.out());
        assertTrue(r.out().contains("auto              66.7%   66.7%"), r.out());
        assertTrue(r.out().contains("1  invalid SMILES"), r.out());
    }

    @Test
    void unknownMethodIsRefused() throws Exception {
        Path in = dir.resolve("in.smi");
        Files.writeString(in, "CCO\n");
        CliRunner r = CliRunner.run("bench", "conformers", "--in", in.toString(), "--method", "rdkit");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.err().contains("unknown 3D method 'rdkit'"), r.err());
    }
}
