package org.denovo.core.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.denovo.core.chem.Analysis;
import org.denovo.core.io.OutputFiles;
import org.denovo.core.io.PropertiesCsvWriter;
import org.denovo.core.io.RecordReader;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/** Computes properties and alerts for every record of a file and writes one CSV row each, in input order. */
public final class PropertiesRun implements Work<ReadSummary> {
    private final Path input;
    private final Path output;
    private final int threads;
    private final ProblemLog problems;

    public PropertiesRun(Path input, Path output, int threads, ProblemLog problems) {
        this.input = input;
        this.output = output;
        this.threads = threads;
        this.problems = problems;
    }

    @Override
    public ReadSummary run(WorkContext context) throws Exception {
        long start = System.nanoTime();
        long[] counts = new long[2];
        Path target = OutputFiles.target(output);
        Path tmp = OutputFiles.partFile(target);
        try (RecordReader reader = RecordReader.open(input);
             PropertiesCsvWriter writer = new PropertiesCsvWriter(new BufferedWriter(
                     new OutputStreamWriter(OutputFiles.open(tmp, target), StandardCharsets.UTF_8), 1 << 16))) {
            new AnalysisPipeline(threads, AnalysisPipeline.DEFAULT_BATCH, true).run(reader, batch -> {
                for (Analysis a : batch) {
                    counts[0]++;
                    if (a instanceof Analysis.Failure f) {
                        counts[1]++;
                        problems.skipped(f.message());
                    }
                    writer.write(a);
                }
            }, context);
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        OutputFiles.replace(tmp, target);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ReadSummary(counts[0], counts[1], 0, 0, counts[0], seconds);
    }
}
