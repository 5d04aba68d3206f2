package org.denovo.core.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Child process for the kill test: writes batches of 50 distinct molecules forever, printing "batch N" after each commit. */
public final class BatchWriterMain {
    private BatchWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Library library = Library.open(Path.of(args[0]))) {
            long run = library.startRun(RunInfo.of(RunKind.GENERATE, "endless", "{}"));
            int n = 0;
            for (int batch = 1; ; batch++) {
                List<RunMember> members = new ArrayList<>();
                for (int i = 0; i < 50; i++, n++) {
                    String smiles = "C".repeat(1 + n % 25) + "O" + "C".repeat(1 + n / 25) + "N";
                    members.add(RunMember.of(TestMolecules.scored(smiles, 0.5)));
                }
                library.appendBatch(run, members);
                System.out.println("batch " + batch + " run " + run);
                System.out.flush();
            }
        }
    }
}
