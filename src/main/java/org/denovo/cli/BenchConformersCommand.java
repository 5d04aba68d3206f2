package org.denovo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.denovo.core.chem.conformer.Conformer;
import org.denovo.core.chem.conformer.ConformerBuilder;
import org.denovo.core.chem.conformer.ConformerException;
import org.denovo.core.chem.conformer.ConformerMethod;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.io.RecordReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * 3D coordinates for the first N molecules of a file, by each generator alone and by the builder's chain, side
 * by side in one run: each molecule goes through every mode before the next molecule, so load on the machine
 * falls on all modes alike. Reports how many molecules got usable coordinates (sane geometry, stereo kept),
 * how many got sane geometry, failures by reason, and wall-clock and CPU milliseconds per molecule.
 */
@Command(name = "conformers", mixinStandardHelpOptions = true,
        description = "Time and check 3D coordinate generation: each generator alone and the auto chain.")
final class BenchConformersCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Molecules (.smi, .sdf, .csv, optionally .gz).")
    Path input;

    @Option(names = "--count", paramLabel = "N", description = "Molecules to build (default: ${DEFAULT-VALUE}).")
    int count = 1_000;

    @Option(names = "--method", paramLabel = "M", split = ",",
            description = "Modes to run, side by side: cdk, cdk-mmff, openchemlib, openchemlib-so, auto, interactive "
                    + "(auto within the per-molecule budget the 3D viewer uses first) (default: all).")
    List<String> methods = List.of("cdk", "cdk-mmff", "openchemlib", "openchemlib-so", "auto", "interactive");

    @Option(names = "--order", paramLabel = "M", split = ",",
            description = "Generators of the auto chain, in order (default: the builder's default order).")
    List<String> order;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Molecules built once per mode before timing, not counted (default: ${DEFAULT-VALUE}).")
    int warmup = 20;

    @Option(names = "--budget-ms", paramLabel = "MS", description = "Time budget per generator call (default: ${DEFAULT-VALUE}).")
    long budgetMs = ConformerBuilder.DEFAULT_BUDGET.toMillis();

    @Option(names = "--show-failures", paramLabel = "N", description = "Print the first N failures per mode (default: ${DEFAULT-VALUE}).")
    int showFailures = 0;

    @Option(names = "--show-slow", paramLabel = "N", description = "Print the N slowest molecules per mode, by CPU time "
            + "(default: ${DEFAULT-VALUE}).")
    int showSlow = 0;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> smiles = readFirst(input, count);
        if (smiles.isEmpty()) {
            throw new IllegalArgumentException("no molecules in " + input);
        }
        Map<String, Mode> modes = new LinkedHashMap<>();
        for (String m : methods) {
            modes.put(m, new Mode(m));
        }
        List<ConformerMethod> chain = order == null ? ConformerBuilder.DEFAULT_ORDER
                : order.stream().map(ConformerMethod::of).toList();
        try (ConformerBuilder builder = new ConformerBuilder(chain, Duration.ofMillis(budgetMs));
             ConformerBuilder interactive = new ConformerBuilder(chain, Duration.ofMillis(budgetMs),
                     ConformerBuilder.INTERACTIVE_BUDGET)) {
            builder.warmUp(); // as the app does at start
            interactive.warmUp();
            for (int i = 0; i < Math.min(warmup, smiles.size()); i++) {
                for (Mode mode : modes.values()) {
                    mode.build(mode.interactive ? interactive : builder, smiles.get(i));
                }
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < smiles.size(); i++) {
                for (Mode mode : modes.values()) {
                    mode.record(smiles.get(i), mode.build(mode.interactive ? interactive : builder, smiles.get(i)));
                }
                if ((i + 1) % 100 == 0) {
                    spec.commandLine().getErr().printf(Locale.ROOT, "%d/%d molecules, %.0f s%n", i + 1, smiles.size(),
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        out.printf(Locale.ROOT, "3D coordinates for %d molecules from %s (warm-up %d, budget %d ms CPU per generator "
                + "call, interactive: %d ms CPU per molecule; auto = %s)%n", smiles.size(), input.getFileName(), warmup,
                budgetMs, ConformerBuilder.INTERACTIVE_BUDGET.toMillis(),
                String.join(" > ", chain.stream().map(ConformerMethod::id).toList()));
        out.printf(Locale.ROOT, "%-15s %7s %7s %8s %8s %8s %8s %8s %8s %6s %6s%n", "mode", "usable", "sane", "wall med",
                "p95", "max ms", "cpu med", "p95", "max ms", "wall>=", "cpu>=");
        out.printf(Locale.ROOT, "%-15s %7s %7s %8s %8s %8s %8s %8s %8s %6s %6s%n", "", "", "", "", "", "", "", "", "",
                "200ms", "200ms");
        for (Mode mode : modes.values()) {
            mode.printSummary(out);
        }
        for (Mode mode : modes.values()) {
            mode.printDetails(out, showFailures, showSlow);
        }
        return 0;
    }

    private static List<String> readFirst(Path in, int n) throws Exception {
        List<String> smiles = new ArrayList<>();
        try (RecordReader r = RecordReader.open(in)) {
            while (r.hasNext() && smiles.size() < n) {
                InputRecord rec = r.next();
                if (rec.ok()) {
                    smiles.add(rec.text());
                }
            }
        }
        return smiles;
    }

    private record Slow(long cpuNanos, long wallNanos, String smiles, String how) {
    }

    /** One result: the conformer, or the exception. */
    private record Result(Conformer conformer, ConformerException error, long wallNanos) {
    }

    private static final long SLOW = 200_000_000L;

    private static final class Mode {
        final String name;
        final ConformerMethod method;
        final List<Long> wall = new ArrayList<>();
        final List<Long> cpu = new ArrayList<>();
        final Map<String, Integer> failures = new TreeMap<>();
        final Map<String, Integer> usedMethod = new TreeMap<>();
        final List<String> failureLines = new ArrayList<>();
        final List<Slow> slowest = new ArrayList<>();
        final boolean interactive;
        int total;
        int cutShort;
        int usable;
        int sane;

        Mode(String name) {
            this.name = name;
            this.interactive = name.equals("interactive");
            this.method = name.equals("auto") || interactive ? null : ConformerMethod.of(name);
        }

        Result build(ConformerBuilder builder, String smiles) {
            long t0 = System.nanoTime();
            try {
                Conformer c = method == null ? builder.build(smiles) : builder.build(smiles, method);
                return new Result(c, null, System.nanoTime() - t0);
            } catch (ConformerException e) {
                return new Result(null, e, System.nanoTime() - t0);
            }
        }

        void record(String smiles, Result r) {
            total++;
            wall.add(r.wallNanos);
            long cpuNanos = r.conformer != null ? r.conformer.cpuNanos() : r.error.cpuNanos();
            String how = r.conformer != null ? r.conformer.method() + ", " + r.conformer.check().atoms() + " atoms"
                    : r.error.reason();
            slowest.add(new Slow(cpuNanos, r.wallNanos, smiles, how));
            slowest.sort(java.util.Comparator.comparingLong(Slow::cpuNanos).reversed());
            if (slowest.size() > 50) {
                slowest.remove(slowest.size() - 1);
            }
            if (r.conformer != null) {
                Conformer c = r.conformer;
                cpu.add(c.cpuNanos());
                usedMethod.merge(c.method(), 1, Integer::sum);
                if (c.cutShort()) {
                    cutShort++;
                }
                if (c.check().sane()) {
                    sane++;
                }
                if (c.usable()) {
                    usable++;
                    return;
                }
                fail(c.failure(), smiles + "  [" + c.method() + "] " + c.failure() + ": " + c.check().describe());
            } else {
                if (ConformerException.TIMEOUT.equals(r.error.reason())) {
                    cutShort++;
                }
                cpu.add(r.error.cpuNanos());
                fail(r.error.reason(), smiles + "  " + r.error.getMessage());
            }
        }

        private void fail(String reason, String line) {
            failures.merge(reason, 1, Integer::sum);
            failureLines.add(line);
        }

        void printSummary(PrintWriter out) {
            long[] w = sorted(wall);
            long[] c = sorted(cpu);
            long slow = wall.stream().filter(n -> n >= SLOW).count();
            long slowCpu = cpu.stream().filter(n -> n >= SLOW).count();
            out.printf(Locale.ROOT, "%-15s %7s %7s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %6d %6d%n", name,
                    pct(usable, total), pct(sane, total), ms(pct(w, 50)), ms(pct(w, 95)), ms(w[w.length - 1]),
                    ms(pct(c, 50)), ms(pct(c, 95)), ms(c[c.length - 1]), slow, slowCpu);
        }

        void printDetails(PrintWriter out, int show, int showSlow) {
            out.printf(Locale.ROOT, "%n%s: %d/%d usable, %d/%d sane geometry", name, usable, total, sane, total);
            if (method == null) {
                out.print("; coordinates from " + usedMethod);
            }
            if (interactive) {
                out.printf(Locale.ROOT, "; %d cut short by the per-molecule budget", cutShort);
            }
            out.println();
            failures.forEach((reason, n) -> out.printf(Locale.ROOT, "  %5d  %s%n", n, reason));
            failureLines.stream().limit(show).forEach(l -> out.println("    " + l));
            if (showSlow > 0) {
                out.println("  slowest (cpu ms, wall ms):");
                slowest.stream().limit(showSlow).forEach(s -> out.printf(Locale.ROOT, "    %7.1f %7.1f  %s  [%s]%n",
                        ms(s.cpuNanos), ms(s.wallNanos), s.smiles, s.how));
            }
        }

        private static long[] sorted(List<Long> values) {
            long[] a = values.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(a);
            return a;
        }

        private static long pct(long[] sorted, int p) {
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }

        private static String pct(int n, int total) {
            return String.format(Locale.ROOT, "%.1f%%", 100.0 * n / total);
        }
    }
}
