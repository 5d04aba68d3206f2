package org.denovo.core.run;

import java.nio.file.Path;
import java.util.HashSet;
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
        runIds = List.copyOf(runIds);
        if (runIds.size() < 2) {
            throw new IllegalArgumentException("give at least two runs to compare");
        }
        var seen = new HashSet<Long>();
        for (long id : runIds) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("run " + id + " is given twice");
            }
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new IllegalArgumentException("the report is an HTML page; name it .html, not " + output.getFileName());
        }
    }
}
