package org.denovo.core.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.MurckoScaffold;
import org.denovo.core.chem.SubstructureQuery;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.WorkContext;

/**
 * Searches around one lead in rounds: the lead and the fittest molecules so far are completed by the generator
 * from prefixes of their randomised SMILES ({@link CompletionProposer}) and edited as graphs
 * ({@link MutationProposer}); each new molecule is scored, compared with
 * the lead, and given a fitness; the next round starts from the new elite. Stops when the budget of scored
 * molecules is spent, or after {@value #STALE_ROUNDS} rounds that found nothing new. Each sampled string is
 * checked as soon as it ends, while the rest of the round is still sampled, and never twice; the molecules are
 * then taken in proposal order (the round's mutants first, then the completions in sampling order), so the run
 * does not depend on timing.
 */
public final class LeadOptimizer {
    static final int STALE_ROUNDS = 3;
    private final GeneratorModel model;
    private final MoleculeEvaluator evaluator;
    private final OptimizeSettings settings;

    /** Told of each finished round, on the optimiser's thread. */
    @FunctionalInterface
    public interface Listener {
        void round(RoundReport report) throws Exception;
    }

    public LeadOptimizer(GeneratorModel model, MoleculeEvaluator evaluator, OptimizeSettings settings) {
        this.model = model;
        this.evaluator = evaluator;
        this.settings = settings;
    }

    /** The lead as the app reads it (standardised and scored); throws with a readable reason when it cannot. */
    public ScoredMolecule readLead(String lead) throws Exception {
        ScoredMolecule scored = evaluator.evaluate(List.of(lead)).get(0);
        if (scored == null) {
            throw new IllegalArgumentException("the lead '" + lead + "' is not a molecule the app can read");
        }
        SubstructureQuery keep = keepQuery();
        if (keep != null && !keep.matchesCanonical(scored.molecule().smiles())) {
            throw new IllegalArgumentException("the lead " + scored.molecule().smiles()
                    + " does not contain the substructure to keep (" + settings.keepSmarts() + ")");
        }
        return scored;
    }

    /** Every molecule scored for this lead, in the order found; similarity is to the lead's own fingerprint. */
    public List<Candidate> optimize(ScoredMolecule lead, Listener listener, WorkContext context) throws Exception {
        return optimize(lead, lead.molecule().ecfp4(), listener, context);
    }

    /**
     * Every molecule scored for this lead, in the order found; similarity, and the similarity bound, are to
     * {@code leadPrint}: the lead as the user gave it (e.g. protonated), where {@code lead} is its analysed form.
     */
    public List<Candidate> optimize(ScoredMolecule lead, Fingerprint leadPrint, Listener listener, WorkContext context)
            throws Exception {
        SubstructureQuery keep = keepQuery();
        String leadSmiles = lead.molecule().smiles();
        CompletionProposer proposer = new CompletionProposer(model, settings, keep);
        MutationProposer mutations = new MutationProposer(keep, settings.mutantsPerParent());
        DiversityFilter diversity = new DiversityFilter(settings.bucketSize());
        SplittableRandom random = new SplittableRandom(settings.seed());
        Set<String> seen = new HashSet<>(Set.of(leadSmiles)); // canonical SMILES scored (and the lead)
        Set<String> checked = new HashSet<>(); // strings as sampled, checked in any round
        List<Candidate> all = new ArrayList<>();
        double best = Double.NaN;
        int stale = 0;
        for (int round = 1; all.size() < settings.budget() && stale < STALE_ROUNDS; round++) {
            List<String> parents = parents(leadSmiles, all);
            // each string is checked as soon as it is sampled, once: a string checked in an earlier round was
            // not a molecule, or its molecule is already in seen
            MoleculeEvaluator.Batch batch = evaluator.batch();
            Set<String> thisRound = new HashSet<>();
            Consumer<Proposal> check = p -> {
                if (checked.add(p.smiles())) {
                    thisRound.add(p.smiles());
                    batch.add(p.smiles());
                }
            };
            List<Proposal> proposals = new ArrayList<>(mutations.propose(parents, round, random.split()));
            proposals.forEach(check);
            proposals.addAll(proposer.propose(parents, round, random.split(), check, context));
            Map<String, ScoredMolecule> results = batch.results();
            List<Proposal> fresh = new ArrayList<>();
            for (Proposal p : proposals) { // in sampling order, whatever order the strings ended in
                if (thisRound.remove(p.smiles())) {
                    fresh.add(p);
                }
            }
            List<Candidate> added = new ArrayList<>();
            for (int i = 0; i < fresh.size() && all.size() < settings.budget(); i++) {
                ScoredMolecule m = results.get(fresh.get(i).smiles());
                if (m == null || !seen.add(m.molecule().smiles())) {
                    continue;
                }
                Candidate c = candidate(m, fresh.get(i), leadPrint, keep, diversity);
                all.add(c);
                added.add(c);
                if (c.eligible() && !(c.score() <= best)) {
                    best = c.score();
                }
            }
            stale = added.isEmpty() ? stale + 1 : 0;
            context.report(all.size(), settings.budget(), "scored");
            listener.round(new RoundReport(leadSmiles, round, added.size(), all.size(), best, median(added), added));
        }
        return all;
    }

    private Candidate candidate(ScoredMolecule m, Proposal from, Fingerprint leadPrint, SubstructureQuery keep,
                                DiversityFilter diversity) {
        String smiles = m.molecule().smiles();
        double similarity = leadPrint.tanimoto(m.molecule().ecfp4());
        boolean kept = keep == null || keep.matchesCanonical(smiles);
        boolean eligible = kept && similarity >= settings.minSimilarity();
        Candidate c = new Candidate(m, similarity, from.round(), from.parentSmiles(), from.operation(), 0, eligible);
        // only eligible molecules enter the diversity filter, so only they need their scaffold
        return eligible ? c.withFitness(c.score() * diversity.admit(MurckoScaffold.of(smiles))) : c;
    }

    /** The lead, then the fittest distinct molecules so far. */
    private List<String> parents(String lead, List<Candidate> all) {
        List<String> parents = new ArrayList<>(List.of(lead));
        all.stream().filter(c -> c.fitness() > 0)
                .sorted(Comparator.comparingDouble(Candidate::fitness).reversed().thenComparing(Candidate::smiles))
                .limit(settings.parentsPerRound() - 1L)
                .forEach(c -> parents.add(c.smiles()));
        return parents;
    }

    private static double median(List<Candidate> added) {
        double[] scores = added.stream().filter(Candidate::eligible).mapToDouble(Candidate::score).sorted().toArray();
        if (scores.length == 0) {
            return Double.NaN;
        }
        int mid = scores.length / 2;
        return scores.length % 2 == 1 ? scores[mid] : (scores[mid - 1] + scores[mid]) / 2;
    }

    private SubstructureQuery keepQuery() {
        return settings.keepSmarts().isEmpty() ? null : SubstructureQuery.compile(settings.keepSmarts());
    }
}
