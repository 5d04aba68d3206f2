package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code denovo compare} end to end: two score runs and an optimisation run from the same library. */
class CompareCliTest {
    @TempDir
    Path dir;

    private CliRunner ok(String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r.err());
        return r;
    }

    @Test
    void comparesRunsOfEveryKindIntoOneReportAndRefusesBadRequests() throws Exception {
        String db = dir.resolve("lib.db").toString();
        Path first = dir.resolve("first.smi");
        Files.writeString(first, "CC(=O)Oc1ccccc1C(=O)O aspirin\nCC(=O)Nc1ccc(O)cc1 paracetamol\nc1ccncc1 pyridine\n"
                + "CN1C=NC2=C1C(=O)N(C(=O)N2C)C caffeine\n");
        Path second = dir.resolve("second.smi");
        Files.writeString(second, "CC(=O)Nc1ccc(O)cc1 paracetamol\nCC(C)Cc1ccc(cc1)C(C)C(=O)O ibuprofen\nc1ccccc1 benzene\n");
        ok("score", "--in", first.toString(), "--profile", "qed", "--out", dir.resolve("a.csv").toString(), "--db", db,
                "--name", "first set", "--quiet");
        ok("score", "--in", second.toString(), "--profile", "qed", "--out", dir.resolve("b.csv").toString(), "--db", db,
                "--name", "second set", "--quiet");
        ok("optimize", "--lead", "CC(=O)Nc1ccc(OCc2ccccc2)cc1", "--profile", "qed", "--budget", "40", "--seed", "1",
                "--out", dir.resolve("o.csv").toString(), "--db", db, "--threads", "2", "--quiet");

        Path report = dir.resolve("report.html");
        CliRunner compared = ok("compare", "1", "2", "3", "--db", db, "--out", report.toString(), "--top", "2", "--quiet");
        assertTrue(compared.err().contains("compared 3 runs (48 molecules)") && compared.err().contains("report.html"),
                compared.err());
        String html = Files.readString(report);
        assertTrue(html.contains("first set") && html.contains("second set") && html.contains("optimize CC(=O)Nc1ccc"));
        assertTrue(html.contains("<section id=\"rounds\">") && html.contains("Similarity to the lead"));
        String overlap = html.substring(html.indexOf("<section id=\"overlap\">"));
        assertTrue(overlap.contains("run 1</th><td>4</td><td>1</td>"), "paracetamol is in both score runs");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("http"));

        CliRunner one = CliRunner.run("compare", "1", "--db", db, "--out", report.toString());
        assertEquals(2, one.exitCode(), one.err());
        CliRunner twice = CliRunner.run("compare", "1", "1", "--db", db, "--out", report.toString());
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("run 1 is given twice"), twice.err());
        CliRunner csv = CliRunner.run("compare", "1", "2", "--db", db, "--out", dir.resolve("r.csv").toString());
        assertEquals(2, csv.exitCode());
        assertTrue(csv.err().contains("name it .html"), csv.err());
        CliRunner axis = CliRunner.run("compare", "1", "2", "--versus", "similarity", "--db", db, "--out", report.toString());
        assertEquals(1, axis.exitCode());
        assertTrue(axis.err().contains("none of the compared runs has a lead"), axis.err());
        CliRunner missing = CliRunner.run("compare", "1", "7", "--db", db, "--out", report.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("denovo compare: error: no run 7 in "), missing.err());
    }
}
