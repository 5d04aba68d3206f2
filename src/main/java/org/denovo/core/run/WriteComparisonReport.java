package org.denovo.core.run;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.denovo.core.compare.RunComparison;
import org.denovo.core.io.OutputFiles;
import org.denovo.core.report.ComparisonReport;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/**
 * Writes a comparison as one self-contained HTML page ({@link ComparisonReport}). The file appears only when
 * complete: it is written beside the target as {@code FILE.part} and moved into place. Returns its size in bytes.
 */
public final class WriteComparisonReport implements Work<Long> {
    private final RunComparison comparison;
    private final String library;
    private final Path output;

    /**
     * @param library the library the runs were read from, as the report names it
     * @param output  the page, {@code .html} or {@code .htm}
     */
    public WriteComparisonReport(RunComparison comparison, String library, Path output) {
        this.comparison = comparison;
        this.library = library;
        this.output = checkHtml(output);
    }

    /** The report's path, refused with a reason unless it is named {@code .html} or {@code .htm}. */
    public static Path checkHtml(Path output) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new IllegalArgumentException("the report is an HTML page; name it .html, not " + output.getFileName());
        }
        return output;
    }

    @Override
    public Long run(WorkContext context) throws Exception {
        Path target = OutputFiles.target(output); // a folder or a missing folder is refused before any work
        context.checkCancelled();
        byte[] html = new ComparisonReport(comparison, library, Instant.now()).html().getBytes(StandardCharsets.UTF_8);
        context.checkCancelled();
        Path part = OutputFiles.partFile(target);
        try (OutputStream out = OutputFiles.open(part, target)) {
            out.write(html);
        } catch (Exception e) {
            Files.deleteIfExists(part);
            throw e;
        }
        OutputFiles.replace(part, target);
        return (long) html.length;
    }
}
