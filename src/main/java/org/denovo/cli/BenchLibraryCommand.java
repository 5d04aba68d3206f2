package org.denovo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.ReferenceMolecules;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;
import org.denovo.core.io.RecordReader;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunMember;
import org.denovo.core.library.RunStatus;
import org.denovo.core.library.SearchHit;
import org.denovo.core.run.AnalysisPipeline;
import org.denovo.core.score.Score;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.WorkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Builds a library of N distinct molecules and times what users wait for: inserting, opening and listing runs,
 * similarity top-100 and a selective substructure search, plus the bytes stored per molecule. Molecules come
 * from the input files (ChEMBL, generated samples); when those run out, analogues are made by appending a
 * small group to each input SMILES, so any size can be reached from real chemistry. Analysis is not timed:
 * molecules are analysed in chunks first, then inserted with nothing else running.
 */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = "Time a large library: insert, open + list runs, similarity top-100, substructure search, storage.")
final class BenchLibraryCommand implements Callable<Integer> {
    private static final String[] ANALOGUE_SUFFIXES = {"C", "F", "Cl", "O", "N", "CC", "OC", "C#N", "C(F)(F)F", "Br",
        "CO", "C(C)C", "C(=O)O", "S", "C1CC1", "c1ccccc1", "N(C)C", "OCC", "C(N)=O", "CCl"};
    private static final int CHUNK = 100_000;
    private static final int BATCH = 1_000;

    @Option(names = "--in", paramLabel = "FILE", description = "Molecule files (repeatable); needed unless --reuse.")
    List<Path> inputs;

    @Option(names = "--size", paramLabel = "N", description = "Distinct molecules to store (default: ${DEFAULT-VALUE}).")
    int size = 1_000_000;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Library file to create (must not exist).")
    Path db;

    @Option(names = "--queries", paramLabel = "Q", description = "Similarity queries (default: ${DEFAULT-VALUE}).")
    int queries = 20;

    @Option(names = "--smarts", paramLabel = "SMARTS", description = "Substructure query (default: ${DEFAULT-VALUE}).")
    String smarts = "c1ccc2ncncc2c1";

    @Option(names = "--export", paramLabel = "DIR",
            description = "Also write the stored SMILES and the query SMILES here, for bench/rdkit_similarity.py.")
    Path export;

    @Option(names = "--reuse", description = "Time the searches on an existing benchmark library (--db) "
            + "built earlier with --export DIR, instead of building one.")
    boolean reuse;

    @Option(names = "--threads", paramLabel = "N")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (reuse) {
            if (export == null || !Files.exists(export.resolve("library.smi")) || !Files.exists(db)) {
                throw new IllegalArgumentException("--reuse needs the library (--db) and the --export DIR it was built with");
            }
            return timeSearches(out, Files.readAllLines(export.resolve("library.smi")));
        }
        if (Files.exists(db)) {
            throw new IllegalArgumentException(db + " exists; the benchmark builds a new library");
        }
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("give the molecules to store with --in FILE");
        }
        List<String> base = readSmiles(inputs);
        Iterator<String> candidates = candidates(base);
        Set<String> seen = new HashSet<>();
        List<String> stored = new ArrayList<>();
        long insertNanos = 0;
        long analysed = 0;
        int runs = 0;
        try (Library library = Library.open(db)) {
            while (stored.size() < size && candidates.hasNext()) {
                List<AnalyzedMolecule> chunk = analyseChunk(candidates, Math.min(CHUNK, size - stored.size()), seen);
                analysed += chunk.size();
                long runId = library.startRun(new RunInfo(RunKind.IMPORT, "bench chunk " + (++runs), "{}", null, null, null,
                        null, ""));
                long t0 = System.nanoTime();
                for (int i = 0; i < chunk.size(); i += BATCH) {
                    List<RunMember> batch = new ArrayList<>(BATCH);
                    for (AnalyzedMolecule m : chunk.subList(i, Math.min(chunk.size(), i + BATCH))) {
                        batch.add(RunMember.of(new ScoredMolecule(m, new Score(m.properties().qed(), List.of(), null), 0)));
                    }
                    library.appendBatch(runId, batch);
                }
                long t1 = System.nanoTime();
                library.finishRun(runId, RunStatus.FINISHED);
                long t2 = System.nanoTime();
                insertNanos += t2 - t0;
                chunk.forEach(m -> stored.add(m.smiles()));
                out.printf(Locale.ROOT, "stored %,d molecules (this chunk: %.1f s appending, %.1f s finishing and "
                                + "ranking; insert so far %.0f molecules/s)%n", stored.size(), (t1 - t0) / 1e9,
                        (t2 - t1) / 1e9, stored.size() / (insertNanos / 1e9));
                out.flush();
            }
        }
        out.printf(Locale.ROOT, "insert: %,d molecules in %.1f s = %.0f molecules/s (%d runs, batches of %d)%n",
                stored.size(), insertNanos / 1e9, stored.size() / (insertNanos / 1e9), runs, BATCH);
        if (export != null) {
            Files.createDirectories(export);
            Files.write(export.resolve("library.smi"), stored);
        }
        timeSearches(out, stored);
        out.printf(Locale.ROOT, "analysed %,d molecules (not timed)%n", analysed);
        return 0;
    }

    private int timeSearches(PrintWriter out, List<String> stored) throws Exception {
        long t0 = System.nanoTime();
        int listed;
        try (Library library = Library.open(db)) {
            listed = library.runs().size();
        }
        out.printf(Locale.ROOT, "open + list runs: %.3f s (%d runs)%n", (System.nanoTime() - t0) / 1e9, listed);

        long bytes = Files.size(db) + sizeIfExists(Path.of(db + "-wal"));
        out.printf(Locale.ROOT, "storage: %,d bytes = %.0f bytes/molecule%n", bytes, (double) bytes / stored.size());

        List<String> querySmiles = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            querySmiles.add(stored.get((int) ((long) i * stored.size() / queries)));
        }
        try (Library library = Library.open(db)) {
            List<Fingerprint> fps = querySmiles.stream().map(ReferenceMolecules::ecfp4).toList();
            long c0 = System.nanoTime();
            library.similar(fps.get(0), 0, 100);
            out.printf(Locale.ROOT, "similarity top-100, first search (loads the fingerprints): %.3f s%n",
                    (System.nanoTime() - c0) / 1e9);
            double[] times = new double[fps.size()];
            for (int round = 0; round < 2; round++) {
                for (int q = 0; q < fps.size(); q++) {
                    long s0 = System.nanoTime();
                    List<SearchHit> hits = library.similar(fps.get(q), 0, 100);
                    times[q] = (System.nanoTime() - s0) / 1e9;
                    if (hits.size() != Math.min(100, stored.size())) {
                        throw new IllegalStateException("expected 100 hits, got " + hits.size());
                    }
                }
            }
            Arrays.sort(times);
            out.printf(Locale.ROOT, "similarity top-100 over %,d: median %.3f s, max %.3f s (%d queries)%n",
                    stored.size(), times[times.length / 2], times[times.length - 1], times.length);
            long s0 = System.nanoTime();
            List<SearchHit> hits = library.substructure(smarts, 0);
            out.printf(Locale.ROOT, "substructure %s over %,d: %d hits in %.2f s%n", smarts, stored.size(), hits.size(),
                    (System.nanoTime() - s0) / 1e9);
        }
        if (export != null) {
            Files.write(export.resolve("queries.smi"), querySmiles);
            out.println("wrote " + export.resolve("library.smi") + " and " + export.resolve("queries.smi"));
        }
        return 0;
    }

    private List<AnalyzedMolecule> analyseChunk(Iterator<String> candidates, int want, Set<String> seen) throws Exception {
        List<AnalyzedMolecule> chunk = new ArrayList<>(want);
        AnalysisPipeline pipeline = new AnalysisPipeline(threads, AnalysisPipeline.DEFAULT_BATCH, true);
        while (chunk.size() < want && candidates.hasNext()) {
            List<InputRecord> records = new ArrayList<>();
            long n = 0;
            while (records.size() < (want - chunk.size()) * 11 / 10 + 16 && candidates.hasNext()) {
                records.add(new InputRecord(++n, n, Notation.SMILES, candidates.next(), "", null, null));
            }
            pipeline.run(records.iterator(), batch -> {
                for (Analysis a : batch) {
                    if (a instanceof Analysis.Success s && chunk.size() < want && seen.add(s.molecule().smiles())) {
                        chunk.add(s.molecule());
                    }
                }
            }, WorkContext.synchronous());
        }
        return chunk;
    }

    /** Input SMILES first, then each input SMILES with each suffix appended (a new bond to its last atom). */
    private static Iterator<String> candidates(List<String> base) {
        return new Iterator<>() {
            private int round = -1;
            private int index;

            @Override
            public boolean hasNext() {
                return index < base.size() || round + 1 < ANALOGUE_SUFFIXES.length && !base.isEmpty();
            }

            @Override
            public String next() {
                if (index >= base.size()) {
                    round++;
                    index = 0;
                }
                String smiles = base.get(index++);
                return round < 0 ? smiles : smiles + ANALOGUE_SUFFIXES[round];
            }
        };
    }

    private static List<String> readSmiles(List<Path> files) throws Exception {
        List<String> out = new ArrayList<>();
        for (Path file : files) {
            try (RecordReader r = RecordReader.open(file)) {
                while (r.hasNext()) {
                    InputRecord rec = r.next();
                    if (rec.ok()) {
                        out.add(rec.text());
                    }
                }
            }
        }
        return out;
    }

    private static long sizeIfExists(Path p) throws Exception {
        return Files.exists(p) ? Files.size(p) : 0;
    }
}
