package org.denovo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.io.RecordReader;
import org.denovo.core.run.PropertiesRun;
import org.denovo.core.run.ReadSummary;
import org.denovo.core.work.WorkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks of the engine. Numbers in docs/benchmarks.md come from here.",
        subcommands = {BenchCommand.Properties.class, BenchCommand.Generate.class, BenchLibraryCommand.class,
            BenchConformersCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "properties", mixinStandardHelpOptions = true,
            description = "Time the full `properties` pipeline (read, standardise, properties, SA, alerts, InChIKey, CSV) "
                    + "on the first N molecules of a file, after a warm-up run.")
    static final class Properties implements Callable<Integer> {
        @Option(names = "--in", required = true, paramLabel = "FILE")
        Path input;

        @Option(names = "--limit", paramLabel = "N", description = "Molecules to time (default: ${DEFAULT-VALUE}).")
        int limit = 10_000;

        @Option(names = "--warmup", paramLabel = "N", description = "Molecules for the warm-up run (default: ${DEFAULT-VALUE}).")
        int warmup = 2_000;

        @Option(names = "--repeat", paramLabel = "R", description = "Timed runs; the best is reported (default: ${DEFAULT-VALUE}).")
        int repeat = 3;

        @Option(names = "--threads", paramLabel = "N")
        int threads = Runtime.getRuntime().availableProcessors();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path dir = Files.createTempDirectory("denovo-bench");
            Path sample = dir.resolve("sample.smi");
            Path warm = dir.resolve("warm.smi");
            int n = copyFirst(input, sample, limit);
            copyFirst(input, warm, warmup);
            Path csv = dir.resolve("out.csv");
            new PropertiesRun(warm, csv, threads, m -> { }).run(WorkContext.synchronous());
            double best = 0;
            for (int i = 0; i < repeat; i++) {
                ReadSummary s = new PropertiesRun(sample, csv, threads, m -> { }).run(WorkContext.synchronous());
                double rate = s.read() / s.seconds();
                out.printf(Locale.ROOT, "run %d: %d molecules in %.2f s = %.0f molecules/s%n", i + 1, s.read(), s.seconds(), rate);
                best = Math.max(best, rate);
            }
            out.printf(Locale.ROOT, "properties: %d molecules, %d threads, best %.0f molecules/s%n", n, threads, best);
            Files.deleteIfExists(csv);
            Files.deleteIfExists(sample);
            Files.deleteIfExists(warm);
            Files.deleteIfExists(dir);
            return 0;
        }

        private static int copyFirst(Path in, Path out, int n) throws Exception {
            int count = 0;
            try (RecordReader r = RecordReader.open(in); var w = Files.newBufferedWriter(out)) {
                while (r.hasNext() && count < n) {
                    InputRecord rec = r.next();
                    if (rec.ok()) {
                        w.write(rec.text() + (rec.name().isEmpty() ? "" : " " + rec.name()) + "\n");
                        count++;
                    }
                }
            }
            return count;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Time sampling alone (strings/s) and the full generate pipeline (valid molecules/s), after a warm-up.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--count", paramLabel = "N", description = "Strings per timed run (default: ${DEFAULT-VALUE}).")
        int count = 4096;

        @Option(names = "--batch-size", paramLabel = "B", description = "Sampling batch (default: ${DEFAULT-VALUE}).")
        int batchSize = org.denovo.core.generate.SamplingOptions.DEFAULT_BATCH;

        @Option(names = "--repeat", paramLabel = "R", description = "Timed runs; the best is reported (default: ${DEFAULT-VALUE}).")
        int repeat = 3;

        @Option(names = "--full", description = "Also time the full pipeline (validate, properties, alerts, score).")
        boolean full;

        @Option(names = "--threads", paramLabel = "N")
        int threads = Runtime.getRuntime().availableProcessors();

        @picocli.CommandLine.Mixin
        ModelOption model;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (org.denovo.core.generate.GeneratorModel m = model.load(threads)) {
                org.denovo.core.generate.Sampler sampler = new org.denovo.core.generate.Sampler(m);
                org.denovo.core.generate.SamplingOptions warm =
                        new org.denovo.core.generate.SamplingOptions(Math.min(count, batchSize), 99, 1.0, 140, batchSize, "");
                sampler.sample(warm);
                double best = 0;
                for (int i = 0; i < repeat; i++) {
                    long t0 = System.nanoTime();
                    var samples = sampler.sample(new org.denovo.core.generate.SamplingOptions(count, i + 1, 1.0, 140, batchSize, ""));
                    double s = (System.nanoTime() - t0) / 1e9;
                    long finished = samples.stream().filter(org.denovo.core.generate.Sample::finished).count();
                    out.printf(Locale.ROOT, "sampling run %d: %d strings (%d finished) in %.2f s = %.0f strings/s%n",
                            i + 1, samples.size(), finished, s, samples.size() / s);
                    best = Math.max(best, samples.size() / s);
                }
                out.printf(Locale.ROOT, "onnx/java sampling: batch %d, %d threads, best %.0f strings/s%n", batchSize, threads, best);
            }
            if (full) {
                try (org.denovo.core.generate.GeneratorModel m = model.load(org.denovo.core.run.GenerateRun.samplerThreads(threads))) {
                    var profile = new org.denovo.core.score.ProfileLoader().load(org.denovo.core.score.ProfileLoader.DEFAULT);
                    var summary = new org.denovo.core.run.GenerateRun(m,
                            new org.denovo.core.generate.SamplingOptions(count, 7, 1.0, 140, batchSize, ""), profile, threads,
                            new org.denovo.core.run.GenerateListener() { }).run(WorkContext.synchronous());
                    out.printf(Locale.ROOT, "full generate: %s%n", summary.describe());
                }
            }
            return 0;
        }
    }
}
