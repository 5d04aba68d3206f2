package org.denovo.core.run;

import java.nio.file.Path;
import java.util.List;
import org.denovo.core.compare.CompareSettings;

/**
 * What to compare and where the report goes.
 *
 * @param runIds   library runs, two or more, each once, in the order the report shows them
 * @param output   the HTML report to write ({@code .html} or {@code .htm})
 * @param settings top molecules, hit threshold, trade-off axis and threads
 */
public record CompareRequest(List<Long> runIds, Path output, CompareSettings settings) {
    public CompareRequest {
        runIds = ReadAndCompareRuns.checkRunIds(runIds);
        WriteComparisonReport.checkHtml(output);
    }
}
