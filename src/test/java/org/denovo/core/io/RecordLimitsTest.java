package org.denovo.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.denovo.core.chem.InputRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Oversized records are reported and skipped without holding them in memory; a byte-order mark is not data. */
class RecordLimitsTest {
    @TempDir
    Path dir;

    private static List<InputRecord> readAll(Path p, int maxRecordChars) throws IOException {
        List<InputRecord> out = new ArrayList<>();
        try (RecordReader r = RecordReader.open(p, RecordFormat.of(p), maxRecordChars)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void anOverlongSmilesLineIsOneFailedRecordAndTheNextLinesAreRead() throws IOException {
        Path in = dir.resolve("long.smi");
        Files.writeString(in, "CCO a\n" + "C".repeat(5_000) + " x\nCCN b\n");
        List<InputRecord> records = readAll(in, 1_000);
        assertEquals(3, records.size());
        assertEquals("CCO", records.get(0).text());
        assertFalse(records.get(1).ok());
        assertEquals(2, records.get(1).line());
        assertTrue(records.get(1).error().contains("longer than 1,000 characters"), records.get(1).error());
        assertEquals("CCN", records.get(2).text());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void aGzippedRunOfZerosWithoutNewlinesIsOneFailedRecord() throws IOException {
        Path in = dir.resolve("bomb.smi.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                out.write(zeros);
            }
            out.write("\nCCO after\n".getBytes(StandardCharsets.US_ASCII));
        }
        List<InputRecord> records = readAll(in, 100_000);
        assertEquals(2, records.size());
        assertFalse(records.get(0).ok());
        assertEquals("CCO", records.get(1).text());
        assertTrue(records.get(0).error().contains("longer than 100,000 characters"), records.get(0).error());
    }

    @Test
    void anOversizedSdRecordIsSkippedAndTheNextIsRead() throws IOException {
        Path in = dir.resolve("big.sdf");
        String good = "ethanol\n  test\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n"
                + "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    1.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    2.0000    0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "  1  2  1  0\n  2  3  1  0\nM  END\n";
        String bigTag = good + "> <blob>\n" + "x".repeat(3_000) + "\n\n$$$$\n";
        Files.writeString(in, bigTag + good + "$$$$\n");
        List<InputRecord> records = readAll(in, 1_000);
        assertEquals(2, records.size());
        assertFalse(records.get(0).ok());
        assertTrue(records.get(0).error().contains("longer than 1,000 characters"), records.get(0).error());
        assertTrue(records.get(1).ok(), records.get(1).error());
        assertEquals("ethanol", records.get(1).name());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstRecord() throws IOException {
        Path smi = dir.resolve("bom.smi");
        Files.write(smi, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'C', 'C', 'O', ' ', 'a', '\n'});
        InputRecord r = readAll(smi, 1_000).get(0);
        assertEquals("CCO", r.text());
        assertEquals("a", r.name());
        Path csv = dir.resolve("bom.csv");
        Files.write(csv, ("\uFEFFsmiles,name\nCCO,a\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("CCO", readAll(csv, 1_000).get(0).text());
    }

    @Test
    void anOversizedQuotedCsvFieldIsOneFailedRecordInPlainWordsAndTheNextRowsAreRead() throws IOException {
        Path in = dir.resolve("big.csv");
        Files.writeString(in, "smiles,name\nCCO,a\n\"" + "C".repeat(2_000) + "\",big\nCCN,b\n\"CC" + "x".repeat(3_000)
                + ",unterminated\nCCC,c\n");
        List<InputRecord> records = readAll(in, 1_000);
        assertEquals(List.of("CCO", "", "CCN", ""), records.stream().map(InputRecord::text).toList());
        for (InputRecord failed : List.of(records.get(1), records.get(3))) {
            assertTrue(failed.error().startsWith("CSV field longer than 1,000 characters"), failed.error());
            assertFalse(failed.error().contains("StreamReadConstraints"), failed.error());
        }
        assertEquals(3, records.get(1).line());
    }
}
