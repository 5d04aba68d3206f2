package org.denovo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.NoveltyIndex;
import org.denovo.core.metrics.MetricsRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "model", mixinStandardHelpOptions = true, description = "Inspect and prepare generator models.",
        subcommands = {ModelCommand.Info.class, ModelCommand.Keys.class})
final class ModelCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Load a model (verifying its hash) and print its model card.")
    static final class Info implements Callable<Integer> {
        @Mixin
        ModelOption model;

        @Option(names = "--json", description = "The whole manifest as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (GeneratorModel m = model.load(1)) {
                if (json) {
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m.card().manifest()));
                } else {
                    out.println(m.card().summary());
                    out.println("location: " + m.location());
                    out.println("sha256:   " + m.card().sha256() + " (verified)");
                    out.println("training keys: " + (m.novelty().isEmpty() ? "none (novelty not marked)" : m.novelty().size()));
                    String metrics = m.card().metricsSummary();
                    out.println("metrics:  " + (metrics.isEmpty() ? "not measured" : metrics));
                    String fidelity = m.card().fidelityTable();
                    if (!fidelity.isEmpty()) {
                        out.println("fidelity against held-out ChEMBL (unique valid molecules):");
                        fidelity.lines().forEach(line -> out.println("  " + line));
                    }
                    out.println("licence:  " + m.card().license());
                }
            }
            return 0;
        }
    }

    @Command(name = "keys", mixinStandardHelpOptions = true,
            description = "Write train_keys.bin: hashed canonical SMILES of the training set, so generated molecules can be marked novel.")
    static final class Keys implements Callable<Integer> {
        @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training SMILES (.smi or .smi.gz).")
        Path train;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Model folder to write train_keys.bin into.")
        Path dir;

        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            NoveltyIndex index = MetricsRun.buildKeys(train, common.threads);
            Files.createDirectories(dir);
            Path out = dir.resolve(NoveltyIndex.FILE_NAME);
            Files.write(out, index.toBytes());
            spec.commandLine().getErr().printf("%,d distinct training molecules -> %s (%,d bytes) in %.1f s%n",
                    index.size(), out, Files.size(out), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
