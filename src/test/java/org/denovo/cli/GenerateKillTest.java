package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.denovo.core.library.Library;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.RunStatus;
import org.denovo.core.library.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 during a long {@code generate}: the library stays sound, keeps the finished batches, shows the run interrupted. */
class GenerateKillTest {
    @TempDir
    Path dir;

    @Test
    void killedGenerateLeavesASoundLibraryWithItsFinishedBatches() throws Exception {
        Path db = dir.resolve("lib.db");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", classpath, "org.denovo.Main", "generate",
                "--model", GenerateCliTest.TINY, "--count", "100000", "--seed", "2", "--batch-size", "128", "--threads", "1",
                "--out", dir.resolve("never.smi").toString(), "--db", db.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long seen = 0;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (seen < 20 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(200);
                seen = storedMolecules(db);
            }
            assertTrue(seen >= 20, "batches stored before the kill: " + seen + "; child log: "
                    + (Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : ""));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (Library library = Library.open(db)) {
            assertEquals("ok", library.integrityCheck());
            RunSummary run = library.runs().get(0);
            assertEquals(RunStatus.INTERRUPTED, run.status());
            assertTrue(run.molecules() >= seen, run.molecules() + " < " + seen);
            assertEquals(run.molecules(), library.molecules(MoleculeQuery.ofRun(run.id())).size());
            assertTrue(run.configJson().contains("\"count\":100000"), run.configJson());
        }
        assertTrue(Files.notExists(dir.resolve("never.smi")));
    }

    /** Molecules committed so far, read through a plain connection; 0 while the library is not there yet. */
    private static long storedMolecules(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM run_molecules")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // tables not created yet, or busy
        }
    }
}
