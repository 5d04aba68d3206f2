package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Extreme and hostile input: one bad record never costs the others, and the user sees one clear line. */
class HostileInputCliTest {
    private static final String LONG_CHAIN = "C".repeat(5_000);
    private static final String DEEP_BRANCHES = "C" + "(C".repeat(3_000) + ")".repeat(3_000);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void propertiesKeepsEveryRecordAroundMoleculesTooLargeToProcess() throws IOException {
        Path in = write("c.smi", "CCO a\n" + LONG_CHAIN + " chain\n" + DEEP_BRANCHES + " deep\nCCN b\n");
        Path out = dir.resolve("o.csv");
        CliRunner r = CliRunner.run("properties", "--in", in.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals(5, rows.size(), r.err());
        assertTrue(rows.get(1).startsWith("CCO,"), rows.get(1));
        // each large molecule is either skipped with its reason or processed (too large for alerts and SA, which
        // say so in its warnings): whether the toolkit's recursion overflows depends on the JIT's frame sizes
        String chain = rows.get(2);
        assertTrue(chain.contains(",chain,") && (chain.contains("too large") || chain.contains("alerts not screened")),
                chain.substring(5_000));
        assertTrue(rows.get(3).contains(",deep,"), rows.get(3).substring(9_000));
        assertTrue(rows.get(4).startsWith("CCN,") && rows.get(4).contains(",CCN,b,"), rows.get(4));
        assertTrue(r.err().contains("2 read, 2 skipped") || r.err().contains("3 read, 1 skipped")
                || r.err().contains("4 read, 0 skipped"), r.err());
        assertTrue(!chain.contains("too large") || r.err().contains("record 2 (line 2) 'chain': molecule too large"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("StackOverflow"), r.err());
    }

    @Test
    void scoreKeepsTheOtherMolecules() throws IOException {
        Path in = write("c.smi", "CCO a\n" + LONG_CHAIN + " chain\nCCN b\n");
        Path out = dir.resolve("s.csv");
        CliRunner r = CliRunner.run("score", "--in", in.toString(), "--out", out.toString(), "--profile", "qed",
                "--no-library", "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        String csv = Files.readString(out);
        assertTrue(csv.contains(",a,") && csv.contains(",b,"), csv);
        // whether the chain overflows the toolkit's recursion depends on the JIT's frame sizes: either it is
        // skipped with its reason, or it is scored (without alerts, above their size limit)
        assertTrue(r.err().contains("record 2 (line 2) 'chain'") || csv.contains(",chain,"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("StackOverflow"), r.err());
    }

    @Test
    void recursiveSmartsNestedTooDeeplyIsRefusedInOneLine() {
        String smarts = "[$(".repeat(500) + "C" + ")]".repeat(500);
        CliRunner r = CliRunner.run("library", "search", "--db", dir.resolve("l.db").toString(), "--smarts", smarts);
        assertEquals(1, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("nested"), r.err());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void hugeSmartsIsRefusedAtOnce() {
        CliRunner r = CliRunner.run("library", "search", "--db", dir.resolve("l.db").toString(),
                "--smarts", "C".repeat(100_000));
        assertEquals(1, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("too large"), r.err());
    }

    @Test
    void skippedRecordMessagesEscapeControlCharactersAndShortenLongValues() throws IOException {
        Path in = write("bin.smi", "\u001b[2J\u0007X\u001b]0;title\u0007 \u001b[31mred\nCCO ok\n" + "X".repeat(200_000) + " long\n");
        Path out = dir.resolve("o.csv");
        CliRunner r = CliRunner.run("properties", "--in", in.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.err().contains("\u001b") || r.err().contains("\u0007"), r.err());
        assertTrue(r.err().contains("\\e[31mred"), r.err());
        for (String line : r.err().lines().toList()) {
            assertTrue(line.length() < 1_000, "line of " + line.length() + " characters");
        }
        assertTrue(r.err().contains("1 read, 2 skipped"), r.err());
    }

    @Test
    void aByteOrderMarkDoesNotCostTheFirstRecord() throws IOException {
        Path in = dir.resolve("b.smi");
        Files.write(in, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'C', 'C', 'O', ' ', 'a', '\n'});
        CliRunner r = CliRunner.run("properties", "--in", in.toString(), "--out", dir.resolve("o.csv").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("1 read, 0 skipped") || r.err().contains("1 read,"), r.err());
        assertFalse(r.err().contains("skipped record"), r.err());
    }

    @Test
    void threadAndTopCountsOutsideTheirRangeAreBadUsage() throws IOException {
        Path in = write("in.smi", "CCO\n");
        String out = dir.resolve("o.csv").toString();
        for (String threads : new String[] {"0", "-3", "1000"}) {
            CliRunner r = CliRunner.run("properties", "--in", in.toString(), "--out", out, "--threads", threads);
            assertEquals(2, r.exitCode(), threads + ": " + r.err());
            assertTrue(r.err().contains("--threads"), r.err());
        }
        CliRunner top = CliRunner.run("score", "--in", in.toString(), "--out", out, "--top", "-1", "--no-library");
        assertEquals(2, top.exitCode(), top.err());
        assertTrue(top.err().contains("--top"), top.err());
    }

    @Test
    void standardisationThatRemovesAMetalWarnsAndRaisesAMetalAlertProfilesCanFilterOn() throws IOException {
        Path in = write("fe.smi", "[Fe+2].[CH-]1C=CC=C1.[CH-]1C=CC=C1 ferrocene\nCCO ethanol\n");
        Path csv = dir.resolve("p.csv");
        CliRunner p = CliRunner.run("properties", "--in", in.toString(), "--out", csv.toString());
        assertEquals(0, p.exitCode(), p.err());
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(0).endsWith(",error,warnings"), rows.get(0));
        assertTrue(rows.get(1).contains("Metal:contains a metal (Fe)"), rows.get(1));
        String warnings = rows.get(1).substring(rows.get(1).indexOf(",ferrocene,") + ",ferrocene,".length());
        assertTrue(warnings.contains("kept largest organic fragment, removed") && warnings.contains("Fe"), warnings);
        assertTrue(rows.get(2).endsWith(",ethanol,,"), rows.get(2));

        Path profile = write("no-metals.json", "{\"name\": \"no-metals\", \"components\": [{\"type\": \"property\","
                + " \"property\": \"qed\"}], \"filters\": [{\"type\": \"alerts\", \"set\": \"Metal\", \"max\": 0,"
                + " \"filter_name\": \"metal\"}]}");
        Path sdf = dir.resolve("s.sdf");
        CliRunner s = CliRunner.run("score", "--in", in.toString(), "--out", sdf.toString(), "--profile",
                profile.toString(), "--no-library");
        assertEquals(0, s.exitCode(), s.err());
        String[] records = Files.readString(sdf).split("\\$\\$\\$\\$\n");
        assertTrue(records[0].startsWith("ethanol"), records[0]);
        assertTrue(records[1].startsWith("ferrocene") && records[1].contains("> <filtered_by>\nmetal"), records[1]);
        assertTrue(records[1].contains("> <warnings>\nkept largest organic fragment, removed"), records[1]);
    }

    @Test
    void importWarnsAboutStarValuesItCannotKeep() throws IOException {
        Path in = write("stars.csv", "smiles,name,star\nCCO,a,3\nCCN,b,seven\nCCC,c,9\nCCCl,d,\n");
        CliRunner r = CliRunner.run("library", "import", in.toString(), "--db", dir.resolve("l.db").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("warning: record 2 (line 3) 'b': star 'seven' is not a whole number from 0 to 5"), r.err());
        assertTrue(r.err().contains("warning: record 3 (line 4) 'c': star '9'"), r.err());
        assertEquals(2, r.err().lines().filter(l -> l.startsWith("warning:")).count(), r.err());
        assertTrue(r.err().contains("4 read, 0 skipped"), r.err());
    }

    @Test
    void importWarnsAboutStarredAndRatingValuesItCannotKeep() throws IOException {
        Path in = write("curated.csv", "smiles,name,starred,rating\nCCO,a,1,3\nCCN,b,maybe,\nCCC,c,,4.5\n");
        CliRunner r = CliRunner.run("library", "import", in.toString(), "--db", dir.resolve("l.db").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("warning: record 2 (line 3) 'b': starred 'maybe' is not 1 or 0"), r.err());
        assertTrue(r.err().contains("warning: record 3 (line 4) 'c': rating '4.5' is not a whole number from 0 to 5"),
                r.err());
        assertEquals(2, r.err().lines().filter(l -> l.startsWith("warning:")).count(), r.err());
    }
}
