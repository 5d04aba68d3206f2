package org.denovo.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library on a real, small file system that fills up: runs end failed, and the library stays readable. */
class FullDiskTest {
    @TempDir
    Path dir;
    private Path disk;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = dir.resolve("disk");
        Files.createDirectories(disk);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", disk.toString()) == 0,
                "needs permission to mount a tmpfs (root in CI)");
    }

    @AfterEach
    void unmount() throws Exception {
        run("umount", disk.toString());
    }

    @Test
    void aRunThatFillsTheDiskEndsFailedWithItsStoredBatches() throws Exception {
        Path db = disk.resolve("lib.db");
        long run;
        try (Library library = Library.open(db)) {
            run = library.startRun(RunInfo.of(RunKind.SCORE, "fills the disk", "{}"));
            library.appendBatch(run, TestMolecules.members(TestMolecules.DRUGS));
            fill(disk, 64 << 10);
            List<RunMember> more = TestMolecules.members(TestMolecules.DRUGS);
            LibraryException e = assertThrows(LibraryException.class, () -> {
                for (int i = 0; i < 1000; i++) {
                    library.appendBatch(library.startRun(RunInfo.of(RunKind.SCORE, "x".repeat(8000), "{}")), more);
                }
            });
            assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
            library.finishRun(run, RunStatus.FAILED);
        }
        fill(disk, 0);
        try (Library library = Library.openReadOnly(db)) {
            RunSummary stored = library.run(run).orElseThrow();
            assertEquals(RunStatus.FAILED, stored.status());
            assertEquals(TestMolecules.DRUGS.size(), stored.molecules());
        }
        LibraryException writing = assertThrows(LibraryException.class, () -> Library.open(db).close());
        assertTrue(writing.getMessage().contains("disk is full"), writing.getMessage());
    }

    /** Fills the disk until at most {@code leave} bytes are free. */
    private static void fill(Path disk, long leave) throws IOException {
        Path filler = Files.createTempFile(disk, "filler", "");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (Files.getFileStore(disk).getUsableSpace() > leave + block.length) {
                out.write(block);
                out.flush();
            }
            if (leave == 0) {
                for (int i = 0; i < 64; i++) {
                    out.write(block, 0, 64);
                    out.flush();
                }
            }
        } catch (IOException full) {
            // the disk is full
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
