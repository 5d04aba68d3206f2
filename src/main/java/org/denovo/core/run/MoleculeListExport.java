package org.denovo.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.denovo.core.io.ExportSink;
import org.denovo.core.io.Exporters;
import org.denovo.core.score.Ranking;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;
import org.denovo.core.library.ExchangeFields;
import org.denovo.core.library.LibraryMolecule;

/**
 * Writes a given list of library molecules (a selection or a filtered view) ranked best first, with run, star,
 * tags and notes as fields, through the exporter the file extension names. The file appears only when complete.
 */
public final class MoleculeListExport implements Work<Long> {
    private final List<LibraryMolecule> molecules;
    private final Path output;

    public MoleculeListExport(List<LibraryMolecule> molecules, Path output) {
        this.molecules = List.copyOf(molecules);
        this.output = output;
    }

    @Override
    public Long run(WorkContext context) throws Exception {
        Exporters.forPath(output).orElseThrow(() -> new IOException("cannot tell the output format of "
                + output.getFileName() + "; use one of " + Exporters.knownExtensions()));
        List<ScoredMolecule> withFields = new ArrayList<>(molecules.size());
        for (LibraryMolecule m : molecules) {
            ScoredMolecule s = m.scored();
            withFields.add(new ScoredMolecule(s.molecule().withTags(ExchangeFields.forExport(m)), s.score(), s.rank()));
        }
        List<ScoredMolecule> ranked = Ranking.rank(withFields);
        Path target = org.denovo.core.io.OutputFiles.target(output);
        Path tmp = org.denovo.core.io.OutputFiles.partFile(target);
        long written = 0;
        try (ExportSink sink = Exporters.open(output, tmp)) {
            for (ScoredMolecule s : ranked) {
                context.checkCancelled();
                sink.write(s);
                written++;
                if (written % 500 == 0) {
                    context.report(written, ranked.size(), "exported");
                }
            }
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        org.denovo.core.io.OutputFiles.replace(tmp, target);
        context.report(written, ranked.size(), "exported");
        return written;
    }
}
