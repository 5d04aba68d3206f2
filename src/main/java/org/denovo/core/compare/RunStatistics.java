package org.denovo.core.compare;

import java.util.List;
import java.util.Map;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunStatus;

/**
 * The numbers of one compared run. Counts are of the run's products: its molecules without the leads of an
 * optimisation run (round 0), which are counted in {@code leads} only. NaN means not known or not applicable.
 *
 * @param profile          the profile the run was scored with ("" when none, e.g. an import)
 * @param model            the generator model id, or ""
 * @param molecules        products stored
 * @param sampled          strings a generating run sampled, or null
 * @param valid            of those, how many were valid, or null
 * @param validity         valid over sampled
 * @param uniqueness       distinct valid molecules over valid strings (a generating run stores each molecule once)
 * @param novelty          share of the products outside the model's training set, where the run marked it
 * @param scored           products with a score that counts (computed, not removed by a filter)
 * @param filtered         products removed by a hard filter of the profile
 * @param failed           products whose score could not be computed
 * @param best             the best score
 * @param median           the median score of the scored products
 * @param hits             products scoring at least the comparison's threshold
 * @param hitShare         hits over products
 * @param hitScaffolds     distinct scaffolds among the hits
 * @param diversity        internal diversity: mean pairwise 1 − Tanimoto (ECFP4) over a stable sample of products
 * @param diversitySample  how many products that sample holds
 * @param scaffolds        distinct Bemis–Murcko scaffolds of the products
 * @param acyclic          products without a ring (no scaffold)
 * @param alertShares      per alert set, the share of products with at least one alert of that set
 * @param anyAlertShare    the share of products with any alert
 * @param rounds           per optimisation round, from 0 (the leads); empty for runs without rounds
 * @param top              the best products, best first
 */
public record RunStatistics(long id, RunKind kind, String name, RunStatus status, String profile, String model,
                            int molecules, int leads, Long sampled, Long valid, double validity, double uniqueness,
                            double novelty, int scored, int filtered, int failed, double best, double median, int hits,
                            double hitShare, int hitScaffolds, double diversity, int diversitySample, int scaffolds,
                            int acyclic, Map<String, Double> alertShares, double anyAlertShare,
                            List<RoundStatistics> rounds, List<TopMolecule> top) {
    public RunStatistics {
        name = name == null ? "" : name;
        model = model == null ? "" : model;
        alertShares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alertShares));
        rounds = List.copyOf(rounds);
        top = List.copyOf(top);
    }
}
