package org.denovo.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.MurckoScaffold;
import org.denovo.core.chem.alerts.AlertSets;
import org.denovo.core.library.RunKind;
import org.denovo.core.work.WorkContext;

/** Computes a {@link RunComparison} from runs read from the library. */
public final class RunComparer {
    /** Products per run over which internal diversity is measured (a stable sample of larger runs). */
    public static final int DIVERSITY_SAMPLE = 1000;
    /** Scaffolds listed as shared, and as only in one run (per run). */
    static final int SHARED_SCAFFOLDS = 12;
    static final int OWN_SCAFFOLDS = 4;
    private static final int SCAFFOLD_CHUNK = 500;

    private final CompareSettings settings;

    public RunComparer(CompareSettings settings) {
        this.settings = settings;
    }

    public RunComparison compare(List<ComparedRun> runs, WorkContext context) throws InterruptedException {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two runs, not " + runs.size());
        }
        Map<String, String> scaffolds = scaffolds(runs, context);
        List<Fingerprint> leads = runs.stream().flatMap(r -> r.leads().stream()).map(ComparedMolecule::ecfp4).toList();
        String axis = settings.versus() != null ? settings.versus() : leads.isEmpty() ? "qed" : CompareSettings.SIMILARITY;
        if (axis.equals(CompareSettings.SIMILARITY) && leads.isEmpty()) {
            throw new IllegalArgumentException("similarity is measured to the leads of optimisation runs, and none of"
                    + " the compared runs has a lead; weigh the score against a property instead ("
                    + String.join(", ", CompareSettings.PROPERTIES) + ")");
        }
        List<RunStatistics> statistics = new ArrayList<>();
        for (ComparedRun run : runs) {
            context.checkCancelled();
            statistics.add(statistics(run, scaffolds, leads));
        }
        List<Distribution> distributions = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            List<double[]> values = new ArrayList<>();
            for (ComparedRun run : runs) {
                values.add(run.products().stream().filter(m -> measure != Measure.SCORE || m.scored())
                        .mapToDouble(measure::valueOf).toArray());
            }
            distributions.add(Distribution.of(measure, values));
        }
        context.checkCancelled();
        TradeOff tradeOff = tradeOff(runs, axis, leads);
        ChemicalSpace space = ChemicalSpace.of(runs);
        Overlap overlap = overlap(runs, scaffolds);
        return new RunComparison(statistics, settings, alertSets(statistics), distributions, tradeOff, space, overlap);
    }

    // ---- per run ----

    private RunStatistics statistics(ComparedRun run, Map<String, String> scaffolds, List<Fingerprint> leads) {
        var summary = run.summary();
        List<ComparedMolecule> products = run.products();
        int n = products.size();
        double[] scores = products.stream().filter(ComparedMolecule::scored).mapToDouble(ComparedMolecule::score).toArray();
        int filtered = (int) products.stream().filter(ComparedMolecule::filtered).count();
        int failed = (int) products.stream().filter(m -> !m.filtered() && !Double.isFinite(m.score())).count();
        List<ComparedMolecule> hits = products.stream().filter(m -> m.scored() && m.score() >= settings.threshold()).toList();
        Set<String> hitScaffolds = new HashSet<>();
        hits.forEach(m -> hitScaffolds.add(scaffolds.getOrDefault(m.smiles(), "")));
        hitScaffolds.remove("");
        Set<String> own = new HashSet<>();
        int acyclic = 0;
        for (ComparedMolecule m : products) {
            String s = scaffolds.getOrDefault(m.smiles(), "");
            if (s.isEmpty()) {
                acyclic++;
            } else {
                own.add(s);
            }
        }
        long knownNovelty = products.stream().filter(m -> m.novel() != null).count();
        long novel = products.stream().filter(m -> Boolean.TRUE.equals(m.novel())).count();
        Long valid = summary.valid();
        double uniqueness = valid == null || valid == 0 || summary.kind() != RunKind.GENERATE
                ? Double.NaN : (double) n / valid;
        List<ComparedMolecule> sample = StableSample.of(products, DIVERSITY_SAMPLE, ComparedMolecule::smiles);
        Map<String, Double> alertShares = new LinkedHashMap<>();
        Map<String, Integer> alertCounts = new TreeMap<>();
        int anyAlert = 0;
        for (ComparedMolecule m : products) {
            m.alertSets().forEach(set -> alertCounts.merge(set, 1, Integer::sum));
            anyAlert += m.alertSets().isEmpty() ? 0 : 1;
        }
        alertCounts.forEach((set, count) -> alertShares.put(set, (double) count / n));
        List<TopMolecule> top = new ArrayList<>();
        List<ComparedMolecule> byRank = new ArrayList<>(products);
        byRank.sort(Comparator.comparingInt((ComparedMolecule m) -> m.rank() > 0 ? m.rank() : Integer.MAX_VALUE));
        for (ComparedMolecule m : byRank.subList(0, Math.min(settings.top(), n))) {
            top.add(new TopMolecule(m.rank(), m.smiles(), m.name(), m.score(), m.filtered(), m.properties().qed(),
                    m.saScore(), nearestLead(m, leads), m.round()));
        }
        return new RunStatistics(summary.id(), summary.kind(), summary.name(), summary.status(), run.profile(),
                summary.modelId(), n, run.leads().size(), summary.sampled(), valid, summary.validity(), uniqueness,
                knownNovelty == 0 ? Double.NaN : (double) novel / knownNovelty, scores.length, filtered, failed,
                Quantiles.max(scores), Quantiles.median(scores), hits.size(), n == 0 ? Double.NaN : (double) hits.size() / n,
                hitScaffolds.size(), meanDistance(sample), sample.size(), own.size(), acyclic, alertShares,
                n == 0 ? Double.NaN : (double) anyAlert / n, rounds(run), top);
    }

    /** Best and median score of each round, round 0 (the leads) included; empty when the run has no rounds. */
    static List<RoundStatistics> rounds(ComparedRun run) {
        Map<Integer, List<ComparedMolecule>> byRound = new TreeMap<>();
        for (ComparedMolecule m : run.molecules()) {
            if (m.round() >= 0) {
                byRound.computeIfAbsent(m.round(), r -> new ArrayList<>()).add(m);
            }
        }
        List<RoundStatistics> out = new ArrayList<>();
        byRound.forEach((round, molecules) -> {
            double[] s = molecules.stream().filter(ComparedMolecule::scored).mapToDouble(ComparedMolecule::score).toArray();
            out.add(new RoundStatistics(round, molecules.size(), s.length, Quantiles.max(s), Quantiles.median(s)));
        });
        return out;
    }

    /** Mean 1 − Tanimoto over all distinct pairs; NaN for fewer than two molecules. */
    static double meanDistance(List<ComparedMolecule> molecules) {
        int n = molecules.size();
        if (n < 2) {
            return Double.NaN;
        }
        Fingerprint[] fps = molecules.stream().map(ComparedMolecule::ecfp4).toArray(Fingerprint[]::new);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sum += 1 - fps[i].tanimoto(fps[j]);
            }
        }
        return sum / ((double) n * (n - 1) / 2);
    }

    /** The highest Tanimoto to any of the leads; NaN without leads. */
    static double nearestLead(ComparedMolecule m, List<Fingerprint> leads) {
        double best = Double.NaN;
        for (Fingerprint lead : leads) {
            double s = lead.tanimoto(m.ecfp4());
            best = Double.isNaN(best) ? s : Math.max(best, s);
        }
        return best;
    }

    private static List<String> alertSets(List<RunStatistics> runs) {
        Set<String> found = new HashSet<>();
        runs.forEach(r -> found.addAll(r.alertShares().keySet()));
        List<String> ordered = new ArrayList<>();
        for (String set : AlertSets.ALL) {
            if (found.remove(set)) {
                ordered.add(set);
            }
        }
        found.stream().sorted().forEach(ordered::add); // e.g. Metal
        return ordered;
    }

    // ---- across runs ----

    private TradeOff tradeOff(List<ComparedRun> runs, String axis, List<Fingerprint> leads) {
        boolean similarity = axis.equals(CompareSettings.SIMILARITY);
        String label = similarity ? (leads.size() == 1 ? "Similarity to the lead (Tanimoto, ECFP4)"
                : "Similarity to the nearest lead (Tanimoto, ECFP4)") : axis.equals("qed") ? "QED" : "Fsp3";
        List<TradeOff.RunPoints> out = new ArrayList<>();
        for (ComparedRun run : runs) {
            List<Point> points = new ArrayList<>();
            for (ComparedMolecule m : run.products()) {
                double x = similarity ? nearestLead(m, leads) : axisValue(m, axis);
                if (m.scored() && Double.isFinite(x)) {
                    points.add(new Point(x, m.score(), m.smiles()));
                }
            }
            List<Point> front = ParetoFront.of(points);
            Set<Point> shown = new LinkedHashSet<>(StableSample.of(points, TradeOff.SHOWN, Point::smiles));
            shown.addAll(front);
            List<Point> leadPoints = run.leads().stream()
                    .map(m -> new Point(similarity ? nearestLead(m, leads) : axisValue(m, axis), m.score(), m.smiles()))
                    .filter(p -> Double.isFinite(p.x()) && Double.isFinite(p.y())).toList();
            out.add(new TradeOff.RunPoints(points.size(), List.copyOf(shown), front, leadPoints));
        }
        return new TradeOff(axis, label, out);
    }

    private static double axisValue(ComparedMolecule m, String axis) {
        return axis.equals("qed") ? m.properties().qed() : m.properties().fsp3();
    }

    private static Overlap overlap(List<ComparedRun> runs, Map<String, String> scaffolds) {
        int k = runs.size();
        List<Set<String>> molecules = new ArrayList<>();
        List<Map<String, Integer>> scaffoldCounts = new ArrayList<>();
        for (ComparedRun run : runs) {
            Set<String> smiles = new HashSet<>();
            Map<String, Integer> counts = new HashMap<>();
            for (ComparedMolecule m : run.products()) {
                smiles.add(m.smiles());
                String s = scaffolds.getOrDefault(m.smiles(), "");
                if (!s.isEmpty()) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
            molecules.add(smiles);
            scaffoldCounts.add(counts);
        }
        List<Set<String>> scaffoldSets = scaffoldCounts.stream().map(Map::keySet).toList();
        Map<String, Integer> moleculeRuns = presence(molecules);
        Map<String, Integer> scaffoldRuns = presence(scaffoldSets);

        List<ScaffoldCount> all = new ArrayList<>();
        for (String scaffold : scaffoldRuns.keySet()) {
            List<Integer> perRun = new ArrayList<>();
            for (Map<String, Integer> counts : scaffoldCounts) {
                perRun.add(counts.getOrDefault(scaffold, 0));
            }
            all.add(new ScaffoldCount(scaffold, perRun));
        }
        Comparator<ScaffoldCount> most = Comparator.comparingInt(ScaffoldCount::runs).reversed()
                .thenComparing(Comparator.comparingInt(ScaffoldCount::total).reversed())
                .thenComparing(ScaffoldCount::scaffold);
        List<ScaffoldCount> shared = all.stream().filter(s -> s.runs() > 1).sorted(most).limit(SHARED_SCAFFOLDS).toList();
        List<List<ScaffoldCount>> own = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            int run = r;
            own.add(all.stream().filter(s -> s.runs() == 1 && s.perRun().get(run) > 0).sorted(most)
                    .limit(OWN_SCAFFOLDS).toList());
        }
        return new Overlap(pairs(molecules), onlyIn(molecules, moleculeRuns), inAll(moleculeRuns, k),
                pairs(scaffoldSets), onlyIn(scaffoldSets, scaffoldRuns), inAll(scaffoldRuns, k), shared, own);
    }

    /** For every item, in how many of the sets it is. */
    private static Map<String, Integer> presence(List<? extends Set<String>> sets) {
        Map<String, Integer> runs = new HashMap<>();
        sets.forEach(set -> set.forEach(item -> runs.merge(item, 1, Integer::sum)));
        return runs;
    }

    private static List<List<Integer>> pairs(List<? extends Set<String>> sets) {
        List<List<Integer>> out = new ArrayList<>();
        for (Set<String> a : sets) {
            List<Integer> row = new ArrayList<>();
            for (Set<String> b : sets) {
                Set<String> small = a.size() <= b.size() ? a : b;
                Set<String> large = small == a ? b : a;
                row.add((int) small.stream().filter(large::contains).count());
            }
            out.add(row);
        }
        return out;
    }

    private static List<Integer> onlyIn(List<? extends Set<String>> sets, Map<String, Integer> presence) {
        return sets.stream().map(set -> (int) set.stream().filter(item -> presence.get(item) == 1).count()).toList();
    }

    private static int inAll(Map<String, Integer> presence, int runs) {
        return (int) presence.values().stream().filter(n -> n == runs).count();
    }

    /** The scaffold of every product of every run (each distinct molecule once), on the settings' threads. */
    private Map<String, String> scaffolds(List<ComparedRun> runs, WorkContext context) throws InterruptedException {
        List<String> smiles = new ArrayList<>(runs.stream().flatMap(r -> r.products().stream())
                .map(ComparedMolecule::smiles).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        Map<String, String> out = new HashMap<>();
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            for (int from = 0; from < smiles.size(); from += SCAFFOLD_CHUNK) {
                context.checkCancelled();
                List<String> chunk = smiles.subList(from, Math.min(smiles.size(), from + SCAFFOLD_CHUNK));
                List<String> found = pool.submit(() -> chunk.parallelStream().map(MurckoScaffold::of).toList()).get();
                for (int i = 0; i < chunk.size(); i++) {
                    out.put(chunk.get(i), found.get(i));
                }
                context.report(from + chunk.size(), smiles.size(), "scaffolds");
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("finding scaffolds failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }
}
