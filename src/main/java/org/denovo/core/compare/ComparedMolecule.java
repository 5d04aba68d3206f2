package org.denovo.core.compare;

import java.util.List;
import java.util.Map;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.MolecularProperties;
import org.denovo.core.chem.alerts.AlertHit;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.library.RunKind;

/**
 * One molecule of a compared run, reduced to what a comparison reads: its identity, rank and score in the run, its
 * properties, fingerprint and alert sets, and what the run recorded about it (optimisation round, novelty).
 *
 * @param score     the run's score; NaN when it could not be computed
 * @param filtered  true when a hard filter of the run's profile removed it (its score is then 0)
 * @param alertSets the alert sets with at least one hit, each once
 * @param round     optimisation round (0 = a lead), or -1 when the run recorded none
 * @param novel     whether a generating run found it outside the model's training set; null when not known
 */
public record ComparedMolecule(String smiles, String name, int rank, double score, boolean filtered,
                               MolecularProperties properties, double saScore, Fingerprint ecfp4,
                               List<String> alertSets, int round, Boolean novel) {
    public ComparedMolecule {
        alertSets = List.copyOf(alertSets);
        name = name == null ? "" : name;
    }

    /** The library's view of a molecule in a run of {@code kind}. */
    public static ComparedMolecule of(LibraryMolecule m, RunKind kind) {
        var scored = m.scored();
        var molecule = scored.molecule();
        Map<String, String> tags = molecule.tags();
        List<String> sets = molecule.alerts().hits().stream().map(AlertHit::set).distinct().toList();
        boolean filtered = scored.score().filteredBy() != null;
        return new ComparedMolecule(molecule.smiles(), molecule.molecule().name(), scored.rank(),
                scored.score().total(), filtered, molecule.properties(), molecule.saScore(), molecule.ecfp4(), sets,
                round(tags, kind), novel(tags.get("novel")));
    }

    /** A lead of an optimisation run: the starting point, not something the run made. */
    public boolean lead() {
        return round == 0;
    }

    /** Has a score that counts: computed, and not removed by a filter. */
    public boolean scored() {
        return !filtered && Double.isFinite(score);
    }

    /**
     * The round an optimisation run recorded (also kept by an import of an exported optimisation run, which carries
     * the {@code round} and {@code parent} fields); -1 otherwise.
     */
    private static int round(Map<String, String> tags, RunKind kind) {
        String round = tags.get("round");
        if (round == null || (kind != RunKind.OPTIMIZE && !tags.containsKey("parent"))) {
            return -1;
        }
        try {
            int r = Integer.parseInt(round.strip());
            return r >= 0 ? r : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Boolean novel(String tag) {
        return "1".equals(tag) ? Boolean.TRUE : "0".equals(tag) ? Boolean.FALSE : null;
    }
}
