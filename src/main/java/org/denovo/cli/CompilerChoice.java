package org.denovo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The packaged launcher starts every JVM on the quick compiler only (C1), which opens the window about 0.5 s
 * sooner. Long command-line work is three times slower there (a 50,000-molecule {@code score}), so such a command
 * is handed to a second JVM of the same runtime with the optimising compiler and raised thresholds, as
 * {@code ./denovo} runs it; short ones (help, version, a {@code generate} of up to 50,000 strings) stay.
 */
public final class CompilerChoice {
    static final String QUICK_ONLY = "-XX:TieredStopAtLevel=1";
    static final List<String> OPTIMISING = List.of("-XX:Tier4InvocationThreshold=400000",
            "-XX:Tier4MinInvocationThreshold=200000", "-XX:Tier4CompileThreshold=480000",
            "-XX:Tier4BackEdgeThreshold=1000000000");
    static final String HANDED_OVER_PROPERTY = "denovo.compiler.handedOver";
    static final String HANDED_OVER = "-D" + HANDED_OVER_PROPERTY + "=true";
    static final long QUICK_GENERATE_LIMIT = 50_000;
    private static final Set<String> SHORT = Set.of("--help", "-h", "--version", "-V", "help");

    private CompilerChoice() {
    }

    /** Whether the command runs long enough for the optimising compiler to pay back its compile time. */
    static boolean wantsOptimisingCompiler(List<String> args) {
        if (args.isEmpty() || args.stream().anyMatch(SHORT::contains)) {
            return false;
        }
        if (args.get(0).equals("generate")) {
            long count = 1000;
            for (int i = 1; i < args.size(); i++) {
                String a = args.get(i);
                String value = a.startsWith("--count=") ? a.substring(8)
                        : a.equals("--count") && i + 1 < args.size() ? args.get(i + 1) : null;
                if (value != null) {
                    try {
                        count = Long.parseLong(value.replace("_", ""));
                    } catch (NumberFormatException e) {
                        return false; // the command itself reports the bad count
                    }
                }
            }
            return count > QUICK_GENERATE_LIMIT;
        }
        return true;
    }

    /**
     * The command line of a JVM with the optimising compiler for these arguments, when this JVM was started by the
     * packaged launcher on the quick compiler only and the command wants it; empty otherwise, and in a JVM that
     * was handed the command already (or told so, e.g. through {@code JAVA_TOOL_OPTIONS} while recording classes).
     */
    static Optional<List<String>> handOver(List<String> args, List<String> jvmOptions, String javaHome,
                                           String classPath, boolean packaged, boolean handedOver) {
        if (!packaged || handedOver || !jvmOptions.contains(QUICK_ONLY) || !wantsOptimisingCompiler(args)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        for (String option : jvmOptions) {
            if (!option.equals(QUICK_ONLY) && !option.startsWith("-Djava.class.path=")) {
                command.add(option);
            }
        }
        command.addAll(OPTIMISING);
        command.add(HANDED_OVER);
        command.add("-cp");
        command.add(classPath);
        command.add("org.denovo.Main");
        command.addAll(args);
        return Optional.of(command);
    }

    /** Runs the command in a JVM with the optimising compiler if it should; its exit code, or empty to run here. */
    public static Optional<Integer> runHandedOver(String[] args) {
        Optional<List<String>> command = handOver(List.of(args),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.home"), System.getProperty("java.class.path"),
                System.getProperty("jpackage.app-version") != null, Boolean.getBoolean(HANDED_OVER_PROPERTY));
        if (command.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder(command.get()).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy)); // Ctrl+C ends both
            return Optional.of(process.waitFor());
        } catch (java.io.IOException e) {
            return Optional.empty(); // run here, on the quick compiler
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
