package org.denovo.core.compare;

import java.util.List;

/**
 * What the compared runs have in common, by molecule (canonical SMILES) and by Bemis–Murcko scaffold. Matrices are
 * per pair of runs in comparison order; the diagonal holds each run's own count. Leads are left out; molecules without
 * a ring have no scaffold and are left out of the scaffold counts.
 *
 * @param sharedMolecules  molecules both runs hold
 * @param moleculesOnlyIn  per run, molecules no other compared run holds
 * @param moleculesInAll   molecules every compared run holds
 * @param sharedScaffolds  scaffolds both runs have
 * @param scaffoldsOnlyIn  per run, scaffolds no other compared run has
 * @param scaffoldsInAll   scaffolds every compared run has
 * @param commonScaffolds  scaffolds of more than one run with their counts per run, those in the most runs first,
 *                         then those with the most molecules
 * @param ownScaffolds     per run, the scaffolds only that run has, most molecules first
 */
public record Overlap(List<List<Integer>> sharedMolecules, List<Integer> moleculesOnlyIn, int moleculesInAll,
                      List<List<Integer>> sharedScaffolds, List<Integer> scaffoldsOnlyIn, int scaffoldsInAll,
                      List<ScaffoldCount> commonScaffolds, List<List<ScaffoldCount>> ownScaffolds) {
    public Overlap {
        sharedMolecules = sharedMolecules.stream().map(List::copyOf).toList();
        moleculesOnlyIn = List.copyOf(moleculesOnlyIn);
        sharedScaffolds = sharedScaffolds.stream().map(List::copyOf).toList();
        scaffoldsOnlyIn = List.copyOf(scaffoldsOnlyIn);
        commonScaffolds = List.copyOf(commonScaffolds);
        ownScaffolds = ownScaffolds.stream().map(List::copyOf).toList();
    }
}
