package org.denovo.core.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.BertzComplexity;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.chem.Fingerprint;

/** Per-molecule values of one set of molecules, by descriptor name, each computed once on first use. */
final class DescriptorColumns {
    private final List<AnalyzedMolecule> molecules;
    private final List<Fingerprint> fingerprints;
    private final Map<String, double[]> columns = new HashMap<>();

    DescriptorColumns(List<AnalyzedMolecule> molecules, List<Fingerprint> fingerprints) {
        this.molecules = molecules;
        this.fingerprints = fingerprints;
    }

    double[] get(String name) {
        return columns.computeIfAbsent(name, this::compute);
    }

    private double[] compute(String name) {
        return switch (name) {
            case "internal_similarity" -> Diversity.nearestNeighbourSimilarity(fingerprints);
            case "bertz_ct" -> molecules.parallelStream().mapToDouble(m -> BertzComplexity.ofCanonicalSmiles(m.smiles()))
                    .toArray();
            case "aliphatic_rings" -> molecules.stream()
                    .mapToDouble(m -> m.properties().rings() - m.properties().aromaticRings()).toArray();
            case "smiles_length" -> molecules.stream().mapToDouble(m -> m.smiles().length()).toArray();
            default -> {
                Descriptor d = Descriptor.byColumn(name)
                        .orElseThrow(() -> new IllegalArgumentException("unknown descriptor " + name));
                yield molecules.stream().mapToDouble(d::valueOf).toArray();
            }
        };
    }
}
