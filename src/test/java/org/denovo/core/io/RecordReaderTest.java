package org.denovo.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.denovo.core.chem.InputRecord;

class RecordReaderTest {
    @TempDir
    Path dir;

    private List<InputRecord> readAll(Path p) throws IOException {
        List<InputRecord> out = new ArrayList<>();
        try (RecordReader r = RecordReader.open(p)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void smilesWithNamesCommentsAndBlankLines() throws IOException {
        Path p = dir.resolve("in.smi");
        Files.writeString(p, "# a comment\nCCO ethanol\n\nc1ccccc1\tbenzene ring\nC1CC broken\n");
        List<InputRecord> records = readAll(p);
        assertEquals(3, records.size());
        assertEquals("CCO", records.get(0).text());
        assertEquals("ethanol", records.get(0).name());
        assertEquals(2, records.get(0).line());
        assertEquals("benzene ring", records.get(1).name());
        assertEquals(4, records.get(1).line());
        assertEquals(3, records.get(2).number());
        assertEquals(5, records.get(2).line());
    }

    @Test
    void gzippedSmilesAndHeaderLine() throws IOException {
        Path p = dir.resolve("in.smi.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write("smiles name\nCCN amine\nCCC\n".getBytes(StandardCharsets.UTF_8));
        }
        List<InputRecord> records = readAll(p);
        assertEquals(2, records.size());
        assertEquals(1, records.get(0).number());
        assertEquals("CCN", records.get(0).text());
    }

    @Test
    void sdfKeepsTagsAndReportsTruncatedRecords() throws IOException {
        String mol = "ethanol\n  test\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n"
                + "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    1.5000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    2.0000    1.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "  1  2  1  0\n  2  3  1  0\nM  END\n";
        String sdf = mol + "> <ID>\nMOL-1\n\n> <NOTE>\nline one\nline two\n\n$$$$\n"
                + "broken\n  test\n\n  1  0  0  0  0  0  0  0  0  0999 V2000\n$$$$\n" + mol + "$$$$\n";
        Path p = dir.resolve("in.sdf");
        Files.writeString(p, sdf);
        List<InputRecord> records = readAll(p);
        assertEquals(3, records.size());
        assertTrue(records.get(0).ok());
        assertEquals("ethanol", records.get(0).name());
        assertEquals("MOL-1", records.get(0).tags().get("ID"));
        assertEquals("line one\nline two", records.get(0).tags().get("NOTE"));
        assertFalse(records.get(1).ok());
        assertTrue(records.get(1).error().contains("M  END"));
        assertEquals(2, records.get(1).number());
        assertTrue(records.get(2).ok());
        assertEquals(3, records.get(2).number());
    }

    @Test
    void csvNeedsASmilesColumnAndKeepsOtherColumnsAsTags() throws IOException {
        Path p = dir.resolve("in.csv");
        Files.writeString(p, "ID,SMILES,activity\nm1,CCO,5.2\nm2,,3\n\"m,3\",\"c1ccccc1\",\"7\"\n");
        List<InputRecord> records = readAll(p);
        assertEquals(3, records.size());
        assertEquals("m1", records.get(0).name());
        assertEquals("5.2", records.get(0).tags().get("activity"));
        assertFalse(records.get(1).ok());
        assertEquals("m,3", records.get(2).name());
        assertEquals("c1ccccc1", records.get(2).text());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name,structure\nx,CCO\n");
        IOException e = assertThrows(IOException.class, () -> readAll(bad));
        assertTrue(e.getMessage().contains("smiles"));
    }

    @Test
    void unknownExtensionIsExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordFormat.of(Path.of("x.xyz")));
        assertTrue(e.getMessage().contains(".sdf"));
    }

    @Test
    void streamsLargeInputWithoutLoadingIt() throws IOException {
        Path p = dir.resolve("big.smi");
        try (var w = Files.newBufferedWriter(p)) {
            for (int i = 0; i < 200_000; i++) {
                w.write("CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC m" + i + "\n");
            }
        }
        long count = 0;
        try (RecordReader r = RecordReader.open(p)) {
            while (r.hasNext()) {
                r.next();
                count++;
            }
        }
        assertEquals(200_000, count);
    }
}
