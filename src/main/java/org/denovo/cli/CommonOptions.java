package org.denovo.cli;

import org.denovo.core.io.RecordLimits;
import org.denovo.core.run.AnalysisPipeline;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command takes. */
final class CommonOptions {
    static final int MAX_THREADS = 256;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    int threads = AnalysisPipeline.defaultThreads();

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads, 1 to " + MAX_THREADS
            + " (default: all cores).")
    void threads(int n) {
        if (n < 1 || n > MAX_THREADS) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + MAX_THREADS + ", not " + n);
        }
        threads = n;
    }

    @Option(names = "--max-record-size", paramLabel = "CHARS", description = "Longest input line or SD record"
            + " read; longer ones are skipped and reported (default: " + RecordLimits.DEFAULT_MAX_RECORD_CHARS + ").")
    void maxRecordSize(int chars) {
        if (chars < 1_000) {
            throw new ParameterException(spec.commandLine(), "--max-record-size must be at least 1000, not " + chars);
        }
        System.setProperty(RecordLimits.PROPERTY, Integer.toString(chars));
    }
}
