package org.denovo.core.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.io.RecordFormat;
import org.denovo.core.io.RecordReader;
import org.denovo.core.score.Score;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;
import org.denovo.core.library.Curation;
import org.denovo.core.library.ExchangeFields;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryException;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunMember;

/**
 * Imports an SDF, SMILES or CSV file as a run of kind {@code import}, batch by batch: names, ids and SD tags
 * are kept, properties recomputed, bad records reported and skipped. A numeric {@code score} field becomes the
 * run's score; file order is the rank; {@code starred}, {@code rating}, {@code tags} and {@code notes} fields
 * become curation ({@link CurationFields}).
 */
public final class LibraryImport implements Work<ImportSummary> {
    private final Library library;
    private final Path input;
    private final String name;
    private final int threads;
    private final ProblemLog problems;

    public LibraryImport(Library library, Path input, String name, int threads, ProblemLog problems) {
        this.library = library;
        this.input = input;
        this.name = name == null || name.isBlank() ? input.getFileName().toString() : name;
        this.threads = threads;
        this.problems = problems;
    }

    @Override
    public ImportSummary run(WorkContext context) throws Exception {
        long start = System.nanoTime();
        RecordFormat format = RecordFormat.of(input);
        String config = new ObjectMapper().writeValueAsString(Map.of("file", input.toAbsolutePath().toString(),
                "format", format.name().toLowerCase(java.util.Locale.ROOT)));
        long[] counts = new long[4]; // read, skipped, stored, duplicates
        Set<String> seen = new HashSet<>();
        try (RecordReader reader = RecordReader.open(input, format)) {
            RunRecorder run = RunRecorder.start(library, RunInfo.of(RunKind.IMPORT, name, config));
            try {
                new AnalysisPipeline(threads, AnalysisPipeline.DEFAULT_BATCH, true).run(reader,
                        batch -> store(run, batch, counts, seen), context);
                run.finish(null, null);
            } catch (Exception e) {
                run.fail(e);
                throw e;
            }
            return new ImportSummary(run.id(), counts[0], counts[1], counts[2], counts[3], (System.nanoTime() - start) / 1e9);
        }
    }

    private void store(RunRecorder run, List<Analysis> batch, long[] counts, Set<String> seen) throws LibraryException {
        List<RunMember> members = new ArrayList<>();
        List<Curation> curation = new ArrayList<>();
        for (Analysis a : batch) {
            counts[0]++;
            if (a instanceof Analysis.Failure f) {
                counts[1]++;
                problems.skipped(f.message());
                continue;
            }
            AnalyzedMolecule m = ((Analysis.Success) a).molecule();
            if (!seen.add(m.smiles())) {
                counts[3]++;
                continue;
            }
            Map<String, String> kept = new LinkedHashMap<>();
            Map<String, String> cure = new LinkedHashMap<>();
            for (Map.Entry<String, String> tag : m.tags().entrySet()) {
                String key = tag.getKey().strip();
                if (CurationFields.NAMES.contains(key)) {
                    cure.put(key, tag.getValue());
                } else if (!ExchangeFields.recomputed(key)) {
                    kept.put(tag.getKey(), tag.getValue());
                }
            }
            AnalyzedMolecule stored = new AnalyzedMolecule(m.molecule(), m.formula(), m.properties(), m.saScore(),
                    m.alerts(), m.ecfp4(), m.substructureKeys(), kept, m.changes());
            Score score = new Score(number(cure.get(ExchangeFields.SCORE)), List.of(), null);
            members.add(RunMember.of(new ScoredMolecule(stored, score, (int) (counts[2] + members.size() + 1))));
            String where = a.record().where() + (m.molecule().name().isEmpty() ? "" : " '"
                    + org.denovo.core.chem.SafeText.of(m.molecule().name(), 80) + "'");
            curation.add(CurationFields.read(cure, problem -> problems.ignoredPart(where + ": " + problem)));
        }
        List<Long> ids = run.appendMembers(members);
        counts[2] += ids.size();
        if (curation.stream().anyMatch(c -> !c.isEmpty())) {
            library.curate(ids, curation);
        }
    }

    private static double number(String s) {
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
