package org.denovo.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.denovo.core.io.ExportSink;
import org.denovo.core.io.Exporters;
import org.denovo.core.score.Ranking;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryMolecule;

/**
 * Writes a given list of library molecules (a selection or a filtered view) best first, each with its rank in its
 * run, its position in the file, the run's profile, and run, star, tags and notes as fields ({@link ExportRecords}),
 * through the exporter the file extension names. The file appears only when complete.
 */
public final class MoleculeListExport implements Work<Long> {
    private final Library library;
    private final List<LibraryMolecule> molecules;
    private final Path output;

    /** @param library where the runs' profiles are looked up, or null when unknown */
    public MoleculeListExport(Library library, List<LibraryMolecule> molecules, Path output) {
        this.library = library;
        this.molecules = List.copyOf(molecules);
        this.output = output;
    }

    @Override
    public Long run(WorkContext context) throws Exception {
        Exporters.forPath(output).orElseThrow(() -> new IOException("cannot tell the output format of "
                + output.getFileName() + "; use one of " + Exporters.knownExtensions()));
        List<LibraryMolecule> bestFirst = new ArrayList<>(molecules);
        bestFirst.sort(Comparator.comparing(LibraryMolecule::scored, Ranking.ORDER));
        Path target = org.denovo.core.io.OutputFiles.target(output);
        Path tmp = org.denovo.core.io.OutputFiles.partFile(target);
        long written = 0;
        try (ExportSink sink = Exporters.open(output, tmp)) {
            ExportRecords records = new ExportRecords(library);
            for (LibraryMolecule m : bestFirst) {
                context.checkCancelled();
                sink.write(records.next(m));
                written++;
                if (written % 500 == 0) {
                    context.report(written, bestFirst.size(), "exported");
                }
            }
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        org.denovo.core.io.OutputFiles.replace(tmp, target);
        context.report(written, bestFirst.size(), "exported");
        return written;
    }
}
