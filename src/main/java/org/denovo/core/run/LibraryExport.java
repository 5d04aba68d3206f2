package org.denovo.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.denovo.core.io.ExportSink;
import org.denovo.core.io.Exporters;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.library.MoleculeQuery;

/**
 * Writes the molecules of a query (a run, best first, unless sorted otherwise) through the app's exporters:
 * SDF, CSV or SMILES by extension, each with its rank in the run, its position in the file, the run's profile, and
 * run, star, tags and notes as fields ({@link ExportRecords}). Pages through the library so
 * memory stays flat; the file appears only when complete. Returns the number written.
 */
public final class LibraryExport implements Work<Long> {
    private static final int PAGE = 1000;
    private final Library library;
    private final MoleculeQuery query;
    private final Path output;
    private final long top;

    /** @param top how many to write; 0 or less writes all */
    public LibraryExport(Library library, MoleculeQuery query, Path output, long top) {
        this.library = library;
        this.query = query;
        this.output = output;
        this.top = top;
    }

    @Override
    public Long run(WorkContext context) throws Exception {
        Exporters.forPath(output).orElseThrow(() -> new IOException("cannot tell the output format of "
                + output.getFileName() + "; use one of " + Exporters.knownExtensions()));
        Path target = org.denovo.core.io.OutputFiles.target(output);
        long total = library.count(query);
        long wanted = top > 0 ? Math.min(top, total) : total;
        Path tmp = org.denovo.core.io.OutputFiles.partFile(target);
        long written = 0;
        ExportRecords records = new ExportRecords(library);
        try (ExportSink sink = Exporters.open(output, tmp)) {
            long offset = query.offset();
            while (written < wanted) {
                int page = (int) Math.min(PAGE, wanted - written);
                var rows = library.molecules(query.page(page, offset));
                if (rows.isEmpty()) {
                    break;
                }
                for (LibraryMolecule m : rows) {
                    context.checkCancelled();
                    sink.write(records.next(m));
                    written++;
                }
                offset += rows.size();
                context.report(written, wanted, "exported");
            }
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        org.denovo.core.io.OutputFiles.replace(tmp, target);
        return written;
    }
}
