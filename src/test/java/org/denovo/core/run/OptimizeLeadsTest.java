package org.denovo.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.Notation;
import org.denovo.core.chem.SubstructureQuery;
import org.denovo.core.generate.GeneratorModels;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunStatus;
import org.denovo.core.library.RunSummary;
import org.denovo.core.optimize.Candidate;
import org.denovo.core.optimize.RoundReport;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.CancelledException;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.WorkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimise use case on the shipped model, with small budgets. */
class OptimizeLeadsTest {
    private static final String LEAD = "CC(=O)Nc1ccc(OCc2ccccc2)cc1";

    @TempDir
    Path dir;

    private static OptimizeRequest request(int threads, String keep, double minSimilarity, Path out) {
        return new OptimizeRequest(List.of(LEAD), null, null, "qed", minSimilarity, keep, 150, 7L, threads, null, "test", out);
    }

    private static List<String> rounds(OptimizeRequest request, Library library) throws Exception {
        List<String> seen = new ArrayList<>();
        try (GeneratorModels models = new GeneratorModels(1)) {
            new OptimizeLeads(models, new ProfileLoader(), library, request, new OptimizeLeads.Listener() {
                @Override
                public void round(RoundReport report, List<ScoredMolecule> added, List<Long> ids) {
                    for (Candidate c : report.added()) {
                        seen.add(c.round() + " " + c.smiles() + " " + c.parentSmiles() + " " + c.score() + " " + c.operation());
                    }
                }
            }).run(WorkContext.synchronous());
        }
        return seen;
    }

    @Test
    void aSeededRunIsTheSameWhateverTheThreadCount() throws Exception {
        List<String> one = rounds(request(1, "", 0.4, dir.resolve("a.csv")), null);
        List<String> two = rounds(request(2, "", 0.4, dir.resolve("b.csv")), null);
        assertEquals(150, one.size());
        assertEquals(one, two);
        // both operators contribute, and each molecule records the one that made it
        assertTrue(one.stream().anyMatch(s -> s.endsWith(" completion")), "no completion");
        assertTrue(one.stream().anyMatch(s -> s.matches(".* mutate:(atom|append|delete|insert|bond|ring)")), "no mutant");
        assertEquals(Files.readAllLines(dir.resolve("a.csv")), Files.readAllLines(dir.resolve("b.csv")));
    }

    @Test
    void theBestScoreNeverFallsAndReportedMoleculesMeetTheConstraintsCheckedAfresh() throws Exception {
        Path out = dir.resolve("hits.csv");
        List<Double> best = new ArrayList<>();
        try (GeneratorModels models = new GeneratorModels(1)) {
            new OptimizeLeads(models, new ProfileLoader(), null, request(2, "c1ccccc1OC", 0.45, out),
                    new OptimizeLeads.Listener() {
                        @Override
                        public void round(RoundReport report, List<ScoredMolecule> added, List<Long> ids) {
                            best.add(report.best());
                        }
                    }).run(WorkContext.synchronous());
        }
        assertTrue(best.size() >= 2, "rounds: " + best.size());
        for (int i = 1; i < best.size(); i++) {
            assertFalse(best.get(i) < best.get(i - 1), "best score fell in round " + (i + 1) + ": " + best);
        }
        List<String> lines = Files.readAllLines(out);
        List<String> header = List.of(lines.get(0).split(","));
        int smilesColumn = header.indexOf("smiles");
        assertTrue(lines.size() > 1, "nothing reported");
        MoleculeAnalyzer analyzer = MoleculeAnalyzer.withDefaults();
        AnalyzedMolecule lead = analyze(analyzer, LEAD);
        SubstructureQuery keep = SubstructureQuery.compile("c1ccccc1OC");
        for (String line : lines.subList(1, lines.size())) {
            String smiles = line.split(",")[smilesColumn];
            assertFalse(smiles.equals(lead.smiles()), "the lead is not a result");
            AnalyzedMolecule m = analyze(analyzer, smiles);
            assertTrue(lead.ecfp4().tanimoto(m.ecfp4()) >= 0.45, smiles + " is not similar enough to the lead");
            assertTrue(keep.matches(smiles), smiles + " lost the kept substructure");
        }
    }

    @Test
    void storedMoleculesOutsideTheConstraintsAreFilteredWithTheReasonAndRankAfterTheOthers() throws Exception {
        List<ScoredMolecule> stored = new ArrayList<>();
        try (GeneratorModels models = new GeneratorModels(1); Library library = Library.open(dir.resolve("ranked.db"))) {
            OptimizeOutcome outcome = new OptimizeLeads(models, new ProfileLoader(), library, request(1, "", 0.5, null),
                    new OptimizeLeads.Listener() {
                        @Override
                        public void round(RoundReport report, List<ScoredMolecule> added, List<Long> ids) {
                            stored.addAll(added);
                        }
                    }).run(WorkContext.synchronous());
            List<ScoredMolecule> below = stored.stream()
                    .filter(m -> Double.parseDouble(m.molecule().tags().get("similarity")) < 0.5).toList();
            assertFalse(below.isEmpty(), "some proposals fall below the bound");
            for (ScoredMolecule m : below) {
                assertTrue(m.score().filtered(), m.molecule().smiles());
                assertTrue(m.score().filteredBy().startsWith("similarity "), m.score().filteredBy());
                assertTrue(m.score().filteredBy().contains("below 0.50"), m.score().filteredBy());
            }
            var ranked = library.molecules(org.denovo.core.library.MoleculeQuery.ofRun(outcome.runId())
                    .page(10_000, 0));
            ranked = ranked.stream().sorted(java.util.Comparator.comparingInt(m -> m.scored().rank())).toList();
            int lastWithin = 0;
            int firstOutside = Integer.MAX_VALUE;
            for (var m : ranked) {
                String sim = m.scored().molecule().tags().get("similarity");
                boolean within = Double.parseDouble(sim) >= 0.5 && !m.scored().score().filtered();
                if (within) {
                    lastWithin = Math.max(lastWithin, m.scored().rank());
                } else if (m.scored().score().filtered()) {
                    firstOutside = Math.min(firstOutside, m.scored().rank());
                }
            }
            assertTrue(lastWithin < firstOutside, "within " + lastWithin + " outside " + firstOutside);

            // scored again with another profile, the molecules outside the constraints stay filtered, with the reason
            ProfileLoader profiles = new ProfileLoader();
            long rescored = new RescoreRun(library, outcome.runId(), profiles.load("drug-like"), "{}")
                    .run(WorkContext.synchronous());
            var again = library.molecules(org.denovo.core.library.MoleculeQuery.ofRun(rescored).page(10_000, 0));
            long stillBelow = again.stream().filter(m -> {
                String sim = m.scored().molecule().tags().get("similarity");
                return sim != null && Double.parseDouble(sim) < 0.5;
            }).peek(m -> assertTrue(m.scored().score().filtered()
                    && (m.scored().score().filteredBy().startsWith("similarity ")
                    || !m.scored().score().filteredBy().isEmpty()), m.smiles())).count();
            assertEquals(below.size(), stillBelow, "the rescored run holds the same molecules below the bound");
            assertTrue(again.stream().anyMatch(m -> m.scored().score().filtered()
                    && m.scored().score().filteredBy().startsWith("similarity ")
                    && m.scored().score().filteredBy().contains("below 0.50")), "the reason is kept");
        }
    }

    @Test
    void cancellingKeepsTheFinishedRounds() throws Exception {
        Cancellation cancellation = new Cancellation();
        int[] storedBeforeCancel = {0};
        try (GeneratorModels models = new GeneratorModels(1); Library library = Library.open(dir.resolve("lib.db"))) {
            OptimizeRequest request = new OptimizeRequest(List.of(LEAD), null, null, "qed", 0.4, "", 2000, 3L, 2, "cancelled",
                    "test", null);
            assertThrows(CancelledException.class, () -> new OptimizeLeads(models, new ProfileLoader(), library, request,
                    new OptimizeLeads.Listener() {
                        @Override
                        public void round(RoundReport report, List<ScoredMolecule> added, List<Long> ids) {
                            storedBeforeCancel[0] += ids.size();
                            if (report.round() == 2) {
                                cancellation.cancel();
                            }
                        }
                    }).run(new WorkContext(cancellation, ProgressListener.NONE)));
            RunSummary run = library.runs().get(0);
            assertEquals(RunStatus.CANCELLED, run.status());
            assertEquals(storedBeforeCancel[0] + 1, run.molecules(), "two rounds and the lead");
            assertTrue(storedBeforeCancel[0] > 0);
        }
    }

    @Test
    void withKeepScaffoldEveryReportedMoleculeKeepsItsLeadsScaffold() throws Exception {
        Path out = dir.resolve("decorated.csv");
        String other = "O=C(NCC1CC1)c1ccc2[nH]ccc2c1";
        try (GeneratorModels models = new GeneratorModels(1)) {
            new OptimizeLeads(models, new ProfileLoader(), null, new OptimizeRequest(List.of(LEAD, other), null, null, "qed",
                    0.3, "", true, 100, 5L, 2, null, "test", out), OptimizeLeads.Listener.NONE).run(WorkContext.synchronous());
        }
        List<String> lines = Files.readAllLines(out);
        List<String> header = List.of(lines.get(0).split(","));
        assertTrue(lines.size() > 1, "nothing reported");
        java.util.Map<String, SubstructureQuery> scaffolds = java.util.Map.of(
                "CC(=O)Nc1ccc(OCc2ccccc2)cc1", SubstructureQuery.compile("c1ccc(cc1)OCc1ccccc1"),
                other, SubstructureQuery.compile("C1CC1CNC(=O)c1ccc2nccc2c1"));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            String smiles = fields[header.indexOf("smiles")];
            String lead = fields[fields.length - 1]; // the last column; the alerts column before it may hold commas
            assertEquals("lead", header.get(header.size() - 1));
            assertTrue(scaffolds.get(lead).matches(smiles), smiles + " lost the scaffold of its lead " + lead);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OptimizeRequest(List.of(LEAD),
                null, null, "qed", 0.4, "c1ccccc1", true, 100, 5L, 1, null, "test", null));
        assertTrue(e.getMessage().contains("not both"), e.getMessage());
        try (GeneratorModels models = new GeneratorModels(1)) {
            IllegalArgumentException acyclic = assertThrows(IllegalArgumentException.class, () -> new OptimizeLeads(models,
                    new ProfileLoader(), null, new OptimizeRequest(List.of("CCCCCC(=O)NCCO"), null, null, "qed", 0.4, "",
                    true, 100, 5L, 1, null, "test", null), OptimizeLeads.Listener.NONE).run(WorkContext.synchronous()));
            assertTrue(acyclic.getMessage().contains("no ring"), acyclic.getMessage());
        }
    }

    @Test
    void aLeadWithoutTheKeptSubstructureIsRefusedInPlainWords() throws Exception {
        try (GeneratorModels models = new GeneratorModels(1)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OptimizeLeads(models,
                    new ProfileLoader(), null, request(1, "c1ccncc1", 0.4, null), OptimizeLeads.Listener.NONE)
                    .run(WorkContext.synchronous()));
            assertTrue(e.getMessage().contains("does not contain the substructure to keep"), e.getMessage());
        }
    }

    /** A lead given protonated, as public benchmark sets give them: similarity is to it as given, not neutralised. */
    @Test
    void similarityIsToTheLeadAsGivenWhenItIsProtonated() throws Exception {
        String protonated = "CC(=O)Nc1ccc(OCC[NH+](C)C)cc1";
        Path out = dir.resolve("protonated.csv");
        try (GeneratorModels models = new GeneratorModels(1)) {
            new OptimizeLeads(models, new ProfileLoader(), null, new OptimizeRequest(List.of(protonated), null, null,
                    "qed", 0.3, "", 120, 5L, 2, null, "test", out), new OptimizeLeads.Listener() { })
                    .run(WorkContext.synchronous());
        }
        MoleculeAnalyzer analyzer = MoleculeAnalyzer.withDefaults();
        InputRecord given = new InputRecord(1, 1, Notation.SMILES, protonated, "", java.util.Map.of(), null);
        org.denovo.core.chem.Fingerprint asGiven = MoleculeAnalyzer.ecfp4AsGiven(given);
        org.denovo.core.chem.Fingerprint neutral = analyze(analyzer, protonated).ecfp4();
        assertFalse(asGiven.equals(neutral) || java.util.Arrays.equals(asGiven.words(), neutral.words()),
                "the protonated form has a fingerprint of its own");
        List<String> lines = Files.readAllLines(out);
        List<String> header = List.of(lines.get(0).split(","));
        int smilesColumn = header.indexOf("smiles");
        int similarityColumn = header.indexOf("similarity");
        assertTrue(lines.size() > 10, "reported: " + (lines.size() - 1));
        int differs = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1); // commas outside quotes
            AnalyzedMolecule m = analyze(analyzer, cells[smilesColumn]);
            double reported = Double.parseDouble(cells[similarityColumn]);
            assertEquals(asGiven.tanimoto(m.ecfp4()), reported, 1e-4, cells[smilesColumn]);
            assertTrue(reported >= 0.3, cells[smilesColumn] + " is below the bound to the lead as given");
            if (Math.abs(neutral.tanimoto(m.ecfp4()) - reported) > 1e-4) {
                differs++;
            }
        }
        assertTrue(differs > 0, "no molecule tells the lead as given from its neutral form");
    }

    private static AnalyzedMolecule analyze(MoleculeAnalyzer analyzer, String smiles) {
        Analysis a = analyzer.analyze(new InputRecord(1, 1, Notation.SMILES, smiles, "", java.util.Map.of(), null));
        return ((Analysis.Success) a).molecule();
    }
}
