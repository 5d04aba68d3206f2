package org.denovo.core.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.Notation;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.GeneratorModels;
import org.denovo.core.io.ExportSink;
import org.denovo.core.io.Exporters;
import org.denovo.core.io.OutputFiles;
import org.denovo.core.io.RecordReader;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunMember;
import org.denovo.core.optimize.Candidate;
import org.denovo.core.optimize.LeadOptimizer;
import org.denovo.core.optimize.MoleculeEvaluator;
import org.denovo.core.optimize.RoundReport;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.Ranking;
import org.denovo.core.score.Score;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/**
 * The optimise use case, for every client: reads the leads, searches around each one with {@link LeadOptimizer},
 * stores every scored molecule with its round, parent and similarity to the lead, ranks the run once, and writes
 * the molecules that meet the constraints, best first, without the leads.
 */
public final class OptimizeLeads implements Work<OptimizeOutcome> {
    private final GeneratorModels models;
    private final ProfileLoader profiles;
    private final Library library;
    private final OptimizeRequest request;
    private final Listener listener;

    /** What a client sees while the run goes on, on the run's thread. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void started(long runId, String runName, long seed) throws Exception {
        }

        /** A lead, stored as round 0 ({@code id} 0 when not stored); not called for a lead already in the run. */
        default void lead(ScoredMolecule lead, long id) throws Exception {
        }

        /**
         * A finished round: the molecules it added to the run, tagged as stored (a molecule already in the run is not
         * stored again), and their library ids ({@code ids} empty when not stored).
         */
        default void round(RoundReport report, List<ScoredMolecule> added, List<Long> ids) throws Exception {
        }
    }

    public OptimizeLeads(GeneratorModels models, ProfileLoader profiles, Library library, OptimizeRequest request,
                         Listener listener) {
        this.models = models;
        this.profiles = profiles;
        this.library = library;
        this.request = request;
        this.listener = listener;
    }

    @Override
    public OptimizeOutcome run(WorkContext context) throws Exception {
        long started = System.nanoTime();
        long seed = request.seed() != null ? request.seed() : GenerateMolecules.randomSeed();
        Profile profile = profiles.load(request.profile());
        Path output = request.output();
        if (output != null) {
            Exporters.forPath(output).orElseThrow(() -> new IllegalArgumentException("cannot tell the output format of "
                    + output.getFileName() + "; use one of " + Exporters.knownExtensions()));
        }
        Path target = output == null ? null : OutputFiles.target(output);
        List<InputRecord> leads = leadRecords();
        GeneratorModel model = models.get(request.model());
        String name = request.runName() != null ? request.runName()
                : "optimize " + (leads.size() == 1 ? leads.get(0).text() : leads.size() + " leads") + " (" + profile.name() + ")";
        RunRecorder run = RunRecorder.start(library, new RunInfo(RunKind.OPTIMIZE, name, configJson(seed, profile.name()),
                model.card().id(), model.card().sha256(), seed, null, ""));
        List<OptimizeOutcome.LeadResult> results = new ArrayList<>();
        List<ScoredMolecule> stored = new ArrayList<>(); // in append order, as the recorder ranks them
        Set<String> reportable = new HashSet<>();
        Set<String> inRun = new HashSet<>();
        int[] ranks;
        try (ParallelAnalyzer analyzer = new ParallelAnalyzer(request.threads(), true)) {
            listener.started(run.id(), name, seed);
            MoleculeEvaluator evaluator = new MoleculeEvaluator() {
                @Override
                public List<ScoredMolecule> evaluate(List<String> smiles) throws InterruptedException {
                    return OptimizeLeads.evaluate(analyzer, profile, smiles);
                }

                @Override
                public Batch batch() {
                    return new AnalysisBatch(analyzer, profile);
                }
            };
            for (int i = 0; i < leads.size(); i++) {
                InputRecord given = leads.get(i);
                String canonicalLead = leadSmiles(analyzer, given);
                LeadOptimizer optimizer = new LeadOptimizer(model, evaluator, request.settings(seed + i, canonicalLead));
                ScoredMolecule lead = optimizer.readLead(canonicalLead);
                String leadLabel = given.name().isEmpty() ? given.text() : given.name();
                if (inRun.add(lead.molecule().smiles())) { // round 0: the lineage starts here
                    ScoredMolecule taggedLead = leadTagged(lead, leadLabel);
                    List<Long> ids = run.appendMembers(List.of(RunMember.derived(taggedLead, 0, null)));
                    stored.add(lead);
                    listener.lead(taggedLead, ids.isEmpty() ? 0 : ids.get(0));
                }
                int[] rounds = {0};
                Fingerprint leadAsGiven = MoleculeAnalyzer.ecfp4AsGiven(given); // a protonated lead stays protonated here
                List<Candidate> found = optimizer.optimize(lead, leadAsGiven, report -> {
                    rounds[0] = report.round();
                    List<ScoredMolecule> tagged = new ArrayList<>();
                    List<RunMember> members = new ArrayList<>();
                    for (Candidate c : report.added()) {
                        if (!inRun.add(c.smiles())) {
                            continue; // found for an earlier lead: one row per molecule and run
                        }
                        ScoredMolecule s = tagged(c, leadLabel, request.minSimilarity());
                        tagged.add(s);
                        members.add(RunMember.derived(s, c.round(), c.parentSmiles()));
                        stored.add(s);
                        if (c.eligible()) {
                            reportable.add(c.smiles());
                        }
                    }
                    listener.round(report, tagged, run.appendMembers(members));
                }, context);
                results.add(result(given, lead, found, rounds[0]));
            }
            ranks = run.finish(null, null);
        } catch (Exception e) {
            run.fail(e);
            throw e;
        }
        int reported = write(output, target, Ranking.inRankOrder(stored, ranks), reportable);
        int scored = results.stream().mapToInt(OptimizeOutcome.LeadResult::scored).sum();
        return new OptimizeOutcome(run.id(), name, seed, results, scored, reported,
                (System.nanoTime() - started) / 1e9, run.ranksById(ranks));
    }

    private static List<ScoredMolecule> evaluate(ParallelAnalyzer analyzer, Profile profile, List<String> smiles)
            throws InterruptedException {
        List<InputRecord> records = new ArrayList<>(smiles.size());
        for (int i = 0; i < smiles.size(); i++) {
            records.add(new InputRecord(i + 1, i + 1, Notation.SMILES, smiles.get(i), "", Map.of(), null));
        }
        List<ScoredMolecule> out = new ArrayList<>(smiles.size());
        for (Analysis a : analyzer.analyze(records)) {
            out.add(a instanceof Analysis.Success ok ? new ScoredMolecule(ok.molecule(), profile.score(ok.molecule()), 0) : null);
        }
        return out;
    }

    /** Strings analysed on the pool as they are added (while the generator samples); scored when all are in. */
    private static final class AnalysisBatch implements MoleculeEvaluator.Batch {
        private final ParallelAnalyzer analyzer;
        private final Profile profile;
        private final Map<String, Future<Analysis>> pending = new LinkedHashMap<>();

        AnalysisBatch(ParallelAnalyzer analyzer, Profile profile) {
            this.analyzer = analyzer;
            this.profile = profile;
        }

        @Override
        public void add(String smiles) {
            int n = pending.size() + 1;
            pending.computeIfAbsent(smiles, s -> analyzer.submit(new InputRecord(n, n, Notation.SMILES, s, "", Map.of(), null)));
        }

        @Override
        public Map<String, ScoredMolecule> results() throws InterruptedException {
            Map<String, ScoredMolecule> out = new HashMap<>();
            for (Map.Entry<String, Future<Analysis>> e : pending.entrySet()) {
                Analysis a;
                try {
                    a = e.getValue().get();
                } catch (ExecutionException failed) {
                    throw new IllegalStateException("analysis failed: " + failed.getCause(), failed.getCause());
                }
                out.put(e.getKey(), a instanceof Analysis.Success ok
                        ? new ScoredMolecule(ok.molecule(), profile.score(ok.molecule()), 0) : null);
            }
            return out;
        }
    }

    /** The lead's canonical SMILES (from any notation), or a readable reason why it cannot be used. */
    private static String leadSmiles(ParallelAnalyzer analyzer, InputRecord given) throws InterruptedException {
        Analysis a = analyzer.analyze(List.of(given)).get(0);
        if (a instanceof Analysis.Success ok) {
            return ok.molecule().smiles();
        }
        throw new IllegalArgumentException("the lead " + (given.name().isEmpty() ? "in record " + given.number() : given.name())
                + " cannot be read: " + ((Analysis.Failure) a).message());
    }

    private List<InputRecord> leadRecords() throws IOException {
        List<InputRecord> leads = new ArrayList<>();
        for (String smiles : request.leads()) {
            leads.add(new InputRecord(leads.size() + 1, leads.size() + 1, Notation.SMILES, smiles.strip(), "", Map.of(), null));
        }
        if (request.leadsFile() != null) {
            try (RecordReader reader = RecordReader.open(request.leadsFile())) {
                reader.forEachRemaining(r -> {
                    if (r.ok()) {
                        leads.add(r);
                    }
                });
            }
            if (leads.isEmpty()) {
                throw new IllegalArgumentException("no readable lead in " + request.leadsFile());
            }
        }
        return leads;
    }

    /**
     * The candidate as stored: tagged with its lineage, and, when it misses a constraint, filtered with the reason (so
     * that the run's ranking lists the molecules within the constraints first, as the output file does).
     */
    private static ScoredMolecule tagged(Candidate c, String lead, double minSimilarity) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("similarity", String.format(Locale.ROOT, "%.4f", c.similarity()));
        tags.put("round", Integer.toString(c.round()));
        tags.put("parent", c.parentSmiles());
        tags.put("operation", c.operation());
        tags.put("lead", lead);
        Score score = c.scored().score();
        if (!c.eligible()) {
            score = ConstraintMiss.applied(score, c.similarity() < minSimilarity
                    ? ConstraintMiss.similarity(c.similarity(), minSimilarity) : ConstraintMiss.KEPT_SUBSTRUCTURE);
        }
        return new ScoredMolecule(c.scored().molecule().withTags(tags), score, 0);
    }

    private static ScoredMolecule leadTagged(ScoredMolecule lead, String label) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("similarity", "1.0000");
        tags.put("round", "0");
        tags.put("parent", "");
        tags.put("operation", "lead");
        tags.put("lead", label);
        return new ScoredMolecule(lead.molecule().withTags(tags), lead.score(), 0);
    }

    private static OptimizeOutcome.LeadResult result(InputRecord given, ScoredMolecule lead, List<Candidate> found, int rounds) {
        Candidate best = found.stream().filter(Candidate::eligible)
                .max(Comparator.comparingDouble(Candidate::score)).orElse(null);
        return new OptimizeOutcome.LeadResult(given.text(), lead.molecule().smiles(), lead.score().total(),
                best == null ? "" : best.smiles(), best == null ? Double.NaN : best.score(),
                best == null ? Double.NaN : best.similarity(), found.size(), rounds);
    }

    /** Writes the reportable molecules of the ranked run, best first; returns how many (also without a file). */
    private static int write(Path output, Path target, List<ScoredMolecule> ranked, Set<String> reportable)
            throws Exception {
        if (output == null) {
            return reportable.size();
        }
        int written = 0;
        Path tmp = OutputFiles.partFile(target);
        try (ExportSink sink = Exporters.open(output, tmp)) {
            for (ScoredMolecule m : ranked) {
                if (reportable.contains(m.molecule().smiles())) {
                    sink.write(m);
                    written++;
                }
            }
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        OutputFiles.replace(tmp, target);
        return written;
    }

    private String configJson(long seed, String profileName) throws IOException {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("command", request.client());
        c.put("leads", request.leads());
        if (request.leadsFile() != null) {
            c.put("leadsFile", request.leadsFile().toString());
        }
        c.put("seed", seed);
        c.put("profile", request.profile());
        c.put("profile_name", profileName);
        c.put("minSimilarity", request.minSimilarity());
        c.put("keep", request.keepSmarts());
        if (request.keepScaffold()) {
            c.put("keepScaffold", true);
        }
        c.put("budget", request.budget());
        c.put("model", GeneratorModels.describe(request.model()));
        if (request.output() != null) {
            c.put("output", request.output().toString());
        }
        return new ObjectMapper().writeValueAsString(c);
    }
}
