package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    static final String HEADER = "smiles,mol_weight,heavy_atoms,rings,aromatic_rings,hbd,hba,tpsa,rotatable_bonds,"
            + "crippen_logp,fsp3,qed,sa_score,pains,moses_filters";

    @TempDir
    Path dir;

    @Test
    void versionAndHelp() {
        CliRunner v = CliRunner.run("--version");
        assertEquals(0, v.exitCode());
        assertTrue(v.out().startsWith("denovo "), v.out());
        CliRunner h = CliRunner.run("--help");
        assertEquals(0, h.exitCode());
        assertTrue(h.out().contains("properties") && h.out().contains("score"), h.out());
    }

    @Test
    void propertiesWritesOneRowPerRecordInOrderWithErrors() throws IOException {
        Path in = dir.resolve("in.smi");
        Files.writeString(in, "CCO ethanol\nC1CC broken\nc1ccccc1O phenol\n[Na+].CC(=O)[O-] acetate\n");
        Path out = dir.resolve("out.csv");
        CliRunner r = CliRunner.run("properties", "--in", in.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).startsWith(HEADER + ","), lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith("CCO,46.06"), lines.get(1));
        assertTrue(lines.get(2).startsWith("C1CC,") && lines.get(2).contains("broken"), lines.get(2));
        assertTrue(lines.get(3).startsWith("c1ccccc1O,94.1"), lines.get(3));
        assertTrue(lines.get(4).contains(",CC(=O)O,acetate,"), lines.get(4));
        assertTrue(r.err().contains("record 2 (line 2)"), r.err());
        assertTrue(r.err().contains("3 read, 1 skipped (see above)"), r.err());
    }

    @Test
    void scoreWritesRankedSdfWithTagsAndFilteredLast() throws IOException {
        Path in = dir.resolve("in.smi");
        // the rhodanine arylidene is a PAINS hit; drug-like filters PAINS
        Files.writeString(in, "O=C1NC(=S)SC1=Cc1ccccc1 pains_hit\nCC(=O)Nc1ccc(O)cc1 paracetamol\n"
                + "CC(C)Cc1ccc(C(C)C(=O)O)cc1 ibuprofen\nCC(=O)Nc1ccc(O)cc1 duplicate\n");
        Path out = dir.resolve("ranked.sdf");
        CliRunner r = CliRunner.run("score", "--in", in.toString(), "--out", out.toString(), "--profile", "drug-like");
        assertEquals(0, r.exitCode(), r.err());
        String sdf = Files.readString(out);
        String[] records = sdf.split("\\$\\$\\$\\$\n");
        assertEquals(3, records.length);
        List<Integer> ranks = new ArrayList<>();
        for (String rec : records) {
            assertTrue(rec.contains("> <score>") && rec.contains("> <qed>") && rec.contains("> <component:qed>"), rec);
            assertTrue(rec.contains("M  END"));
            ranks.add(Integer.parseInt(tag(rec, "rank")));
        }
        assertEquals(List.of(1, 2, 3), ranks);
        assertTrue(records[2].startsWith("pains_hit"), records[2]);
        assertEquals("PAINS", tag(records[2], "filtered_by"));
        assertEquals("0.0000", tag(records[2], "score"));
        assertTrue(Double.parseDouble(tag(records[0], "score")) >= Double.parseDouble(tag(records[1], "score")));
        assertTrue(r.err().contains("1 duplicates merged"), r.err());
    }

    @Test
    void topKLimitsOutput() throws IOException {
        Path in = dir.resolve("in.smi");
        Files.writeString(in, "CCO\nCCN\nCCC\nc1ccccc1\nCC(=O)Nc1ccc(O)cc1\n");
        Path out = dir.resolve("top.csv");
        CliRunner r = CliRunner.run("score", "--in", in.toString(), "--out", out.toString(), "--top", "2", "--profile", "qed");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("rank,score,name,smiles"), lines.get(0));
    }

    @Test
    void userErrorsAreOneLineWithoutStackTraces() throws IOException {
        CliRunner missing = CliRunner.run("properties", "--in", dir.resolve("nope.smi").toString(), "--out",
                dir.resolve("o.csv").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertFalse(missing.err().contains("\tat "), missing.err());

        Path profile = dir.resolve("bad.json");
        Files.writeString(profile, "{\n \"components\": [\n  {\"type\": \"nope\"}\n ]\n}\n");
        Path in = dir.resolve("in.smi");
        Files.writeString(in, "CCO\n");
        CliRunner bad = CliRunner.run("score", "--in", in.toString(), "--out", dir.resolve("o.sdf").toString(),
                "--profile", profile.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("bad.json:3:") && bad.err().contains("known types"), bad.err());

        CliRunner format = CliRunner.run("score", "--in", in.toString(), "--out", dir.resolve("o.xyz").toString());
        assertEquals(1, format.exitCode());
        assertTrue(format.err().contains(".sdf"), format.err());

        CliRunner usage = CliRunner.run("properties", "--in");
        assertEquals(2, usage.exitCode());
    }

    @Test
    void readsV3000AndV2000SdfWithTagsAndGzip() throws Exception {
        var parser = new org.openscience.cdk.smiles.SmilesParser(org.openscience.cdk.silent.SilentChemObjectBuilder.getInstance());
        var layout = new org.openscience.cdk.layout.StructureDiagramGenerator();
        StringBuilder sdf = new StringBuilder();
        String[][] mols = {{"CC(=O)Nc1ccc(O)cc1", "paracetamol", "V3000"}, {"CC(=O)Oc1ccccc1C(=O)O", "aspirin", "V2000"}};
        for (String[] m : mols) {
            var mol = parser.parseSmiles(m[0]);
            layout.generateCoordinates(mol);
            mol.setTitle(m[1]);
            java.io.StringWriter w = new java.io.StringWriter();
            if (m[2].equals("V3000")) {
                try (var writer = new org.openscience.cdk.io.MDLV3000Writer(w)) {
                    writer.write(mol);
                }
            } else {
                try (var writer = new org.openscience.cdk.io.MDLV2000Writer(w)) {
                    writer.write(mol);
                }
            }
            sdf.append(w).append("> <ID>\n").append(m[1].toUpperCase()).append("\n\n$$$$\n");
        }
        assertTrue(sdf.toString().contains("V3000"));
        Path in = dir.resolve("in.sdf.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(in))) {
            out.write(sdf.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path csv = dir.resolve("out.csv");
        CliRunner r = CliRunner.run("properties", "--in", in.toString(), "--out", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).contains(",paracetamol,") && lines.get(1).contains("151.16"), lines.get(1));
        assertTrue(lines.get(2).contains(",aspirin,") && lines.get(2).contains("180.15"), lines.get(2));

        Path sdfOut = dir.resolve("ranked.sdf");
        CliRunner s = CliRunner.run("score", "--in", in.toString(), "--out", sdfOut.toString(), "--profile", "qed");
        assertEquals(0, s.exitCode(), s.err());
        String ranked = Files.readString(sdfOut);
        assertTrue(ranked.contains("> <ID>\nPARACETAMOL") && ranked.contains("> <ID>\nASPIRIN"), ranked);
    }

    static String tag(String record, String name) {
        int i = record.indexOf("> <" + name + ">\n");
        if (i < 0) {
            return null;
        }
        int start = i + name.length() + 5;
        return record.substring(start, record.indexOf('\n', start));
    }
}
