package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.io.RecordReader;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.library.MoleculeQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code library export} of starred molecules keeps their rank in the run and names the run's profile. */
class ExportRankCliTest {
    @TempDir
    Path dir;

    static String sixtyMolecules() {
        StringBuilder smi = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            smi.append("c1ccc(cc1)").append("C".repeat(i)).append("O chain").append(i).append('\n');
        }
        return smi.toString();
    }

    @Test
    void starredMoleculesKeepTheirRunRank() throws Exception {
        String db = dir.resolve("lib.db").toString();
        Path input = dir.resolve("in.smi");
        Files.writeString(input, sixtyMolecules());
        assertEquals(0, CliRunner.run("score", "--in", input.toString(), "--out", dir.resolve("all.csv").toString(),
                "--profile", "lead-like", "--db", db, "--quiet").exitCode());
        List<String> ids = new ArrayList<>();
        try (Library library = Library.open(Path.of(db))) {
            for (LibraryMolecule m : library.molecules(MoleculeQuery.ofRun(1))) {
                if (m.scored().rank() == 52 || m.scored().rank() == 53) {
                    ids.add(Long.toString(m.id()));
                }
            }
        }
        assertEquals(2, ids.size());
        List<String> tag = new ArrayList<>(List.of("library", "tag", "--star", "yes", "--db", db));
        tag.addAll(ids);
        assertEquals(0, CliRunner.run(tag.toArray(String[]::new)).exitCode());

        for (String name : List.of("starred.csv", "starred.sdf")) {
            Path out = dir.resolve(name);
            CliRunner export = CliRunner.run("library", "export", "1", "--starred", "--out", out.toString(),
                    "--db", db, "--quiet");
            assertEquals(0, export.exitCode(), export.err());
            List<Map<String, String>> records = new ArrayList<>();
            try (RecordReader r = RecordReader.open(out)) {
                r.forEachRemaining((InputRecord x) -> records.add(x.tags()));
            }
            assertEquals(List.of("52", "53"), records.stream().map(t -> t.get("rank")).toList(), name + ": rank in the run");
            assertEquals(List.of("1", "2"), records.stream().map(t -> t.get("position")).toList(), name + ": position in the file");
            assertEquals(List.of("lead-like", "lead-like"), records.stream().map(t -> t.get("profile")).toList(),
                    name + ": the profile the run was ranked with");
        }
    }
}
