package org.denovo.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.SubstructureQuery;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;
import org.denovo.core.io.RecordFormat;
import org.denovo.core.io.RecordReader;
import org.denovo.core.score.ProfileException;
import org.denovo.core.score.ProfileLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and mutated input for the readers, the SMILES and SMARTS parsers and the profile loader, from fixed
 * seeds and within a time budget. Whatever comes in, every record is either analysed or reported with a reason,
 * and nothing escapes but the one documented exception type of each entry point.
 */
class FuzzInputTest {
    private static final long BUDGET_NANOS = 8_000_000_000L; // per target; the whole class stays well under a minute
    private static final int MAX_RECORD_CHARS = 20_000;
    private static final String SMILES = "CCO ethanol\nCC(=O)Nc1ccc(O)cc1 paracetamol\n[Na+].CC(=O)[O-] acetate\n"
            + "C1CC[C@H](N)CC1 amine\nc1ccc2[nH]ccc2c1 indole\nO=C1NC(=S)SC1=Cc1ccccc1 rhodanine\n"
            + "[Fe+2].[CH-]1C=CC=C1.[CH-]1C=CC=C1 ferrocene\nC/C=C/C(=O)O acid\n";
    private static final String SDF = "ethanol\n  test\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n"
            + "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
            + "    1.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
            + "    2.0000    0.0000    0.0000 O   0  0  1  0  0  0  0  0  0  0  0  0\n"
            + "  1  2  1  0\n  2  3  1  0\nM  CHG  1   3  -1\nM  END\n> <id>\nE1\n\n$$$$\n";
    private static final String CSV = "smiles,name,score\nCCO,ethanol,1\n\"CC(=O)O\",\"acetic, acid\",2\nc1ccccc1,benzene,\n";
    private static final List<String> SMARTS = List.of("c1ccccc1", "[#6]-[#8;H1]", "[$(C=O),$(C#N)]~[N;!H0]",
            "C(=O)[O-,OH]", "[R2;a]@[R2;a]", "*~*(~*)~*", "[CX3](=O)[OX2H1]", "[n;H1]1cccc1");
    private static final String PROFILE = "// a profile\n{\"name\": \"fuzz\", \"aggregation\": \"geometric\", \"components\": [\n"
            + "{\"type\": \"property\", \"property\": \"qed\", \"weight\": 2, \"transform\": {\"type\": \"identity\"}},\n"
            + "{\"type\": \"property\", \"property\": \"mol_weight\", \"transform\": {\"type\": \"double_sigmoid\", \"low\": 200, \"high\": 500}},\n"
            + "{\"type\": \"substructure\", \"smarts\": \"c1ccccc1\"},\n"
            + "{\"type\": \"property\", \"property\": \"tpsa\", \"transform\": {\"type\": \"step\", \"low\": 20, \"high\": 140}}],\n"
            + "\"filters\": [{\"type\": \"alerts\", \"set\": \"PAINS\", \"max\": 0}]}\n";
    private static final String NASTY = "()[]{}$@#%=~*:;,.\\/+-0123456789\u0000\u001b\u0007\r\n\t\uFEFF\u00e9\u2028\"'";

    private static MoleculeAnalyzer analyzer;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadCatalogues() {
        analyzer = new MoleculeAnalyzer(org.denovo.core.chem.alerts.AlertCatalog.loadDefault(),
                org.denovo.core.chem.SaScorer.loadDefault(), false);
    }

    /** Random edits of a seed text: flips, insertions of syntax and control characters, repeats, cuts. */
    static String mutate(String seed, Random random) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(7)) {
                case 0 -> s.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
                case 1 -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, (char) random.nextInt(128));
                    }
                }
                case 3 -> { // repeat a slice, sometimes many times (long chains, deep nesting)
                    int end = Math.min(s.length(), at + 1 + random.nextInt(6));
                    String slice = s.substring(at, end);
                    s.insert(at, slice.repeat(random.nextInt(4) == 0 ? 400 : 1 + random.nextInt(5)));
                }
                case 4 -> s.setLength(at); // truncated
                case 5 -> s.insert(at, (char) (0x80 + random.nextInt(0x2000)));
                default -> s.insert(at, "(".repeat(random.nextInt(40)) + "C" + ")".repeat(random.nextInt(40)));
            }
        }
        return s.toString();
    }

    private static boolean outOfTime(long start) {
        return System.nanoTime() - start > BUDGET_NANOS;
    }

    @Test
    void readersAndTheAnalyserReportEveryRecord() throws IOException {
        Random random = new Random(17);
        long start = System.nanoTime();
        int files = 0;
        for (int i = 0; i < 400 && !outOfTime(start); i++, files++) {
            RecordFormat format = RecordFormat.values()[i % RecordFormat.values().length];
            String seed = switch (format) {
                case SMILES -> SMILES;
                case SDF -> SDF + SDF;
                case CSV -> CSV;
            };
            String text = i % 10 == 9 ? randomText(random) : mutate(seed, random);
            boolean gzip = random.nextInt(5) == 0;
            Path file = dir.resolve("f" + i + "." + format.name().toLowerCase() + (gzip ? ".gz" : ""));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(8) == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 | random.nextInt(0x80)); // broken UTF-8
            }
            try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
                out.write(bytes);
            }
            readAndAnalyse(file, format, text);
        }
        assertFalse(files < 20, "only " + files + " files in the time budget");
    }

    private static void readAndAnalyse(Path file, RecordFormat format, String text) {
        RecordReader reader;
        try {
            reader = RecordReader.open(file, format, MAX_RECORD_CHARS);
        } catch (IOException e) {
            assertNotNull(e.getMessage()); // e.g. a CSV without a smiles column: refused with a reason
            return;
        }
        long previous = 0;
        try (reader) {
            while (reader.hasNext()) {
                InputRecord record = reader.next();
                assertEquals(previous + 1, record.number(), "records are numbered without gaps");
                previous = record.number();
                Analysis analysis = analyzer.analyze(record);
                assertNotNull(analysis);
                if (analysis instanceof Analysis.Failure f) {
                    assertFalse(f.reason() == null || f.reason().isBlank(), "a failure without a reason");
                    String message = f.message();
                    assertFalse(message.chars().anyMatch(c -> c < 0x20), "control character in: " + message);
                }
            }
        } catch (java.io.UncheckedIOException | IOException e) {
            assertNotNull(e.getMessage()); // unreadable input (e.g. malformed UTF-8 in a CSV) ends the file with a reason
        } catch (RuntimeException | StackOverflowError e) {
            fail("unexpected " + e + " reading " + format + " input:\n" + abbreviate(text), e);
        }
    }

    @Test
    void smilesFromAnyTextIsAnalysedOrReported() {
        Random random = new Random(23);
        long start = System.nanoTime();
        String[] lines = SMILES.split("\n");
        for (int i = 0; i < 3_000 && !outOfTime(start); i++) {
            String smiles = mutate(lines[i % lines.length].split(" ")[0], random);
            InputRecord record = new InputRecord(i + 1, i + 1, Notation.SMILES, smiles, "", null, null);
            try {
                assertNotNull(analyzer.analyze(record));
            } catch (RuntimeException | StackOverflowError e) {
                fail("unexpected " + e + " for SMILES " + abbreviate(smiles), e);
            }
        }
    }

    @Test
    void smartsFromAnyTextCompilesOrIsRefusedWithAReason() {
        Random random = new Random(29);
        long start = System.nanoTime();
        for (int i = 0; i < 3_000 && !outOfTime(start); i++) {
            String smarts = i % 20 == 19 ? "[$(".repeat(random.nextInt(1_000)) + "C" + ")]".repeat(random.nextInt(1_000))
                    : mutate(SMARTS.get(i % SMARTS.size()), random);
            try {
                SubstructureQuery query = SubstructureQuery.compile(smarts);
                query.matches("CC(=O)Nc1ccc(O)cc1");
            } catch (IllegalArgumentException e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "refused without a reason: " + smarts);
            } catch (RuntimeException | StackOverflowError e) {
                fail("unexpected " + e + " for SMARTS " + abbreviate(smarts), e);
            }
        }
    }

    @Test
    void profilesFromAnyTextLoadOrAreRefusedWithAReason() {
        Random random = new Random(31);
        ProfileLoader loader = new ProfileLoader();
        long start = System.nanoTime();
        for (int i = 0; i < 2_000 && !outOfTime(start); i++) {
            String json = mutate(PROFILE, random);
            try {
                assertNotNull(loader.parse(json, "fuzz.json"));
            } catch (ProfileException e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank());
            } catch (RuntimeException | StackOverflowError e) {
                fail("unexpected " + e + " for profile:\n" + abbreviate(json), e);
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(3_000);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(4) == 0 ? NASTY.charAt(random.nextInt(NASTY.length())) : (char) (32 + random.nextInt(95)));
        }
        return s.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "... (" + s.length() + " characters)" : s;
    }
}
