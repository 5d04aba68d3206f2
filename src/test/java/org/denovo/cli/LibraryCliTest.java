package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library commands end to end, and generate/score storing their runs. */
class LibraryCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRunner ok(String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r.err());
        return r;
    }

    @Test
    void generateAndScoreStoreRunsThatCanBeListedSearchedExportedAndDeleted() throws Exception {
        String db = dir.resolve("lib.db").toString();
        Path generated = dir.resolve("gen.csv");
        CliRunner gen = ok("generate", "--model", GenerateCliTest.TINY, "--count", "400", "--seed", "3", "--out",
                generated.toString(), "--db", db, "--quiet");
        assertTrue(gen.err().contains("(library run 1)"), gen.err());
        long generatedCount = Files.readAllLines(generated).size() - 1;

        Path input = dir.resolve("in.smi");
        Files.writeString(input, "CC(=O)Oc1ccccc1C(=O)O aspirin\nCCO ethanol\nc1ccncc1 pyridine\nnot-a-smiles bad\n");
        CliRunner score = ok("score", "--in", input.toString(), "--out", dir.resolve("ranked.sdf").toString(), "--db", db, "--quiet");
        assertTrue(score.err().contains("(library run 2)"), score.err());

        JsonNode runs = JSON.readTree(ok("library", "runs", "--json", "--db", db).out());
        assertEquals(2, runs.size());
        assertEquals(List.of("generate", "finished", generatedCount), List.of(runs.get(0).get("kind").asText(),
                runs.get(0).get("status").asText(), runs.get(0).get("molecules").asLong()));
        assertEquals(List.of("score", 3L), List.of(runs.get(1).get("kind").asText(), runs.get(1).get("molecules").asLong()));
        assertTrue(runs.get(1).get("created").asText().endsWith("Z"));
        assertTrue(ok("library", "runs", "--db", db).out().contains("generate 400 (seed 3)"));

        CliRunner show = ok("library", "show", "2", "--db", db);
        assertTrue(show.out().contains("\"profile\":\"drug-like\"") && show.out().contains("rank"), show.out());

        JsonNode similar = JSON.readTree(ok("library", "search", "--similar", "CC(=O)Oc1ccccc1C(=O)O", "--top", "1",
                "--json", "--db", db).out());
        assertEquals(1, similar.size());
        assertEquals(1.0, similar.get(0).get("similarity").asDouble(), 1e-9);
        assertTrue(similar.get(0).get("runs").toString().contains("2"), similar.toString());
        long aspirin = similar.get(0).get("id").asLong();
        JsonNode pyridines = JSON.readTree(ok("library", "search", "--smarts", "c1ccncc1", "--top", "0", "--json", "--db", db).out());
        assertTrue(pyridines.toString().contains("\"c1ccncc1\""), pyridines.toString());

        ok("library", "tag", Long.toString(aspirin), "--add", "hit", "--star", "yes", "--rating", "5", "--db", db);
        CliRunner oldStyle = CliRunner.run("library", "tag", Long.toString(aspirin), "--star", "4", "--db", db);
        assertEquals(1, oldStyle.exitCode());
        assertTrue(oldStyle.err().contains("--star takes yes or no"), oldStyle.err());
        ok("library", "note", "--molecule", Long.toString(aspirin), "order 50 mg", "--db", db);
        ok("library", "note", "--run", "2", "--rename", "reference set", "first try", "--db", db);
        Path starred = dir.resolve("starred.csv");
        ok("library", "export", "--starred", "--min-rating", "5", "--out", starred.toString(), "--db", db, "--quiet");
        List<String> lines = Files.readAllLines(starred);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("starred") && lines.get(0).contains("rating"), lines.get(0));
        assertTrue(lines.get(1).contains("order 50 mg") && lines.get(1).contains("hit") && lines.get(1).contains("aspirin"), lines.get(1));

        Path sdf = dir.resolve("run2.sdf");
        ok("library", "export", "2", "--out", sdf.toString(), "--top", "2", "--db", db, "--quiet");
        assertEquals(2, Files.readString(sdf).split("\\$\\$\\$\\$").length - 1);

        String other = dir.resolve("other.db").toString();
        CliRunner imported = ok("library", "import", starred.toString(), "--name", "from csv", "--db", other, "--quiet");
        assertTrue(imported.err().contains("1 stored") && imported.err().contains("(run 1)"), imported.err());
        CliRunner back = ok("library", "export", "--starred", "--min-rating", "5", "--tag", "hit",
                "--out", dir.resolve("back.csv").toString(), "--db", other, "--quiet");
        assertTrue(Files.readString(dir.resolve("back.csv")).contains("order 50 mg"), back.err());

        CliRunner deleted = ok("library", "delete", "1", "--db", db);
        assertTrue(deleted.err().contains("deleted run 1"), deleted.err());
        assertEquals(1, JSON.readTree(ok("library", "runs", "--json", "--db", db).out()).size());
    }

    @Test
    void foreignFileGivesOneLineAndIsNotTouched() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "plain text, not a library\n");
        byte[] before = Files.readAllBytes(notes);
        CliRunner r = CliRunner.run("library", "runs", "--db", notes.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("not a DeNovo library"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertArrayEquals(before, Files.readAllBytes(notes));

        CliRunner missing = CliRunner.run("library", "show", "7", "--db", dir.resolve("new.db").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no run 7"), missing.err());
        CliRunner badFilter = CliRunner.run("library", "export", "--where", "colour>1", "--out", dir.resolve("x.csv").toString(),
                "--db", dir.resolve("new.db").toString());
        assertEquals(1, badFilter.exitCode());
        assertTrue(badFilter.err().contains("unknown column 'colour'"), badFilter.err());
    }

    @Test
    void noLibraryStoresNothing() throws Exception {
        Path db = dir.resolve("unused.db");
        Path input = dir.resolve("in.smi");
        Files.writeString(input, "CCO\n");
        CliRunner r = ok("score", "--in", input.toString(), "--out", dir.resolve("o.csv").toString(), "--no-library",
                "--db", db.toString(), "--quiet");
        assertFalse(r.err().contains("library run"), r.err());
        assertFalse(Files.exists(db));
    }
}
