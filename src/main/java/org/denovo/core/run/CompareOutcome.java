package org.denovo.core.run;

import java.nio.file.Path;
import java.util.Locale;
import org.denovo.core.compare.RunComparison;

/**
 * A written comparison report.
 *
 * @param molecules molecules read, over all runs
 * @param bytes     the size of the report
 */
public record CompareOutcome(RunComparison comparison, Path output, long molecules, long bytes, double seconds) {
    /** "compared 3 runs (1,077 molecules) in 4.2 s -> report.html (612 KB)". */
    public String describe() {
        return String.format(Locale.ROOT, "compared %d runs (%,d molecules) in %.1f s -> %s (%,d KB)",
                comparison.runs().size(), molecules, seconds, output, Math.max(1, Math.round(bytes / 1024.0)));
    }
}
