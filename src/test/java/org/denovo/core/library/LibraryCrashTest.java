package org.denovo.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a writing process, and two writers on one library. */
class LibraryCrashTest {
    @TempDir
    Path dir;

    @Test
    void killDuringWritesKeepsFinishedBatchesAndMarksTheRunInterrupted() throws Exception {
        Path db = dir.resolve("lib.db");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", classpath,
                BatchWriterMain.class.getName(), db.toString()).redirectErrorStream(true).start();
        int batches = 0;
        long run = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (batches < 4 && (line = out.readLine()) != null) {
                if (line.startsWith("batch ")) {
                    String[] parts = line.split(" ");
                    batches = Integer.parseInt(parts[1]);
                    run = Long.parseLong(parts[3]);
                }
            }
            if (batches < 4) {
                fail("the writer stopped before 4 batches (exit " + child.waitFor() + ")");
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (Library library = Library.open(db)) {
            assertEquals("ok", library.integrityCheck());
            RunSummary summary = library.run(run).orElseThrow();
            assertEquals(RunStatus.INTERRUPTED, summary.status());
            assertTrue(summary.molecules() >= 4 * 50, "finished batches kept: " + summary.molecules());
            assertEquals(0, summary.molecules() % 50, "no partial batch: " + summary.molecules());
            assertEquals(summary.molecules(), library.count(MoleculeQuery.all()));
        }
    }

    @Test
    void twoLibrariesOnOneFileWriteSafely() throws Exception {
        Path db = dir.resolve("shared.db");
        Library.open(db).close();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> overlap = TestMolecules.DRUGS;
        try (Library first = Library.open(db); Library second = Library.open(db)) {
            List<Future<Long>> runs = new ArrayList<>();
            for (Library library : List.of(first, second)) {
                runs.add(pool.submit(() -> {
                    long run = library.startRun(RunInfo.of(RunKind.GENERATE, "concurrent", "{}"));
                    for (int i = 0; i < overlap.size(); i += 3) {
                        library.appendBatch(run, TestMolecules.members(overlap.subList(i, Math.min(overlap.size(), i + 3))));
                    }
                    library.finishRun(run, RunStatus.FINISHED);
                    return run;
                }));
            }
            for (Future<Long> f : runs) {
                long run = f.get(120, TimeUnit.SECONDS);
                assertEquals(overlap.size(), first.run(run).orElseThrow().molecules());
            }
            assertEquals(overlap.size(), second.count(MoleculeQuery.all()), "each molecule stored once");
            assertEquals(overlap.size(), first.similar(TestMolecules.analyzed("CCO", "").ecfp4(), 0.0, 0).size(),
                    "in-memory index picks up the other writer's molecules");
            assertEquals("ok", first.integrityCheck());
        } finally {
            pool.shutdownNow();
        }
    }
}
