package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output targets are replaced as cp would, folders never; a read-only library can be read. */
class OutputAndLibrarySafetyCliTest {
    @TempDir
    Path dir;

    private String library() throws IOException {
        Path in = dir.resolve("in.smi");
        Files.writeString(in, "CCO ethanol\nCC(=O)Nc1ccc(O)cc1 paracetamol\n");
        String db = dir.resolve("lib.db").toString();
        CliRunner r = CliRunner.run("library", "import", in.toString(), "--db", db);
        assertEquals(0, r.exitCode(), r.err());
        return db;
    }

    @Test
    void aReadOnlyLibraryCanBeListedSearchedAndExportedAndIsNotChanged() throws IOException {
        String db = library();
        Path file = Path.of(db);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            byte[] before = Files.readAllBytes(file);
            CliRunner runs = CliRunner.run("library", "runs", "--db", db);
            assertEquals(0, runs.exitCode(), runs.err());
            assertTrue(runs.out().contains("import"), runs.out());
            CliRunner search = CliRunner.run("library", "search", "--smarts", "c1ccccc1", "--db", db);
            assertEquals(0, search.exitCode(), search.err());
            assertTrue(search.out().contains("CC(=O)Nc1ccc(cc1)O"), search.out());
            Path out = dir.resolve("x.csv");
            CliRunner export = CliRunner.run("library", "export", "--db", db, "--out", out.toString());
            assertEquals(0, export.exitCode(), export.err());
            assertEquals(3, Files.readAllLines(out).size());
            assertArrayEquals(before, Files.readAllBytes(file));
            CliRunner write = CliRunner.run("library", "import", dir.resolve("in.smi").toString(), "--db", db);
            assertEquals(1, write.exitCode());
            assertTrue(write.err().contains("read-only"), write.err());
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void anEmptyFileGivenAsLibraryIsRefused() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Path in = Files.writeString(dir.resolve("in.smi"), "CCO\n");
        CliRunner r = CliRunner.run("library", "import", in.toString(), "--db", empty.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("empty file"), r.err());
        CliRunner read = CliRunner.run("library", "runs", "--db", empty.toString());
        assertEquals(1, read.exitCode());
        assertTrue(read.err().contains("is an empty file, not a library") && !read.err().contains("cannot read"), read.err());
        assertEquals(0, Files.size(empty));
    }

    @Test
    void exportFollowsASymlinkAndLeavesTheLinkInPlace() throws IOException {
        String db = library();
        Path real = Files.writeString(dir.resolve("real.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        CliRunner r = CliRunner.run("library", "export", "--db", db, "--out", link.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("rank,"), Files.readString(real));
        assertNoPartFiles(dir);
    }

    @Test
    void exportNeverReplacesAFolderAndLeavesNoPartFile() throws IOException {
        String db = library();
        Path emptyFolder = Files.createDirectory(dir.resolve("empty.csv"));
        CliRunner r = CliRunner.run("library", "export", "--db", db, "--out", emptyFolder.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("is a folder"), r.err());
        assertTrue(Files.isDirectory(emptyFolder));
        Path fullFolder = Files.createDirectory(dir.resolve("full.sdf"));
        Files.writeString(fullFolder.resolve("keep.txt"), "x");
        CliRunner r2 = CliRunner.run("library", "export", "--db", db, "--out", fullFolder.toString());
        assertEquals(1, r2.exitCode());
        assertTrue(Files.isDirectory(fullFolder) && Files.exists(fullFolder.resolve("keep.txt")));
        assertNoPartFiles(dir);
    }

    @Test
    void anExportWithNoMatchesStillHasAHeader() throws IOException {
        String db = library();
        Path out = dir.resolve("none.csv");
        CliRunner r = CliRunner.run("library", "export", "--db", db, "--where", "mol_weight>5000", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(out).startsWith("rank,score,name,smiles"), Files.readString(out));
    }

    @Test
    void aMissingOutputFolderIsNamedAndNoPartFileIsMentioned() throws IOException {
        Path in = Files.writeString(dir.resolve("in.smi"), "CCO\n");
        CliRunner r = CliRunner.run("properties", "--in", in.toString(), "--out", dir.resolve("nosuchdir/x.csv").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("output folder does not exist") && !r.err().contains(".part"), r.err());
    }

    @Test
    void aFileThatIsNotGzipIsNamedInOneLine() throws IOException {
        Path in = Files.writeString(dir.resolve("plain.smi.gz"), "CCO ethanol\n");
        CliRunner r = CliRunner.run("properties", "--in", in.toString(), "--out", dir.resolve("p.csv").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("plain.smi.gz is not a gzip file"), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("p.csv")));
    }

    @Test
    void generateChecksItsOutputFolderBeforeSampling() {
        CliRunner r = CliRunner.run("generate", "--count", "100000", "--no-library", "--out",
                dir.resolve("nosuchdir/g.smi").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("output folder does not exist"), r.err());
        assertFalse(r.out().contains("sampled") || r.err().contains("sampled"), "nothing was sampled: " + r.out());
    }

    @Test
    void aProfileThatIsAFolderIsCalledAFolder() throws IOException {
        Path in = Files.writeString(dir.resolve("in.smi"), "CCO\n");
        CliRunner r = CliRunner.run("score", "--in", in.toString(), "--out", dir.resolve("o.csv").toString(),
                "--profile", dir.toString(), "--no-library");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("is a folder"), r.err());
    }

    private static void assertNoPartFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "a .part file was left");
        }
    }
}
