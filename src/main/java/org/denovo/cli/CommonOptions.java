package org.denovo.cli;

import org.denovo.core.run.AnalysisPipeline;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = AnalysisPipeline.defaultThreads();

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;
}
