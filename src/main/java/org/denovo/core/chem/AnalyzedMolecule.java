package org.denovo.core.chem;

import java.util.List;
import java.util.Map;
import org.denovo.core.chem.alerts.AlertReport;

/**
 * Everything the chemistry core knows about one standardised molecule. Immutable; crosses package seams.
 * Alert atom indices refer to the atom order of {@code molecule().canonicalSmiles()}. {@code substructureKeys}
 * ({@link SubstructureKeys}) may be null for molecules read from a library that predates them.
 */
public record AnalyzedMolecule(Molecule molecule, String formula, MolecularProperties properties, double saScore,
                               AlertReport alerts, Fingerprint ecfp4, Fingerprint substructureKeys,
                               Map<String, String> tags, List<String> changes) {
    public AnalyzedMolecule {
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public String smiles() {
        return molecule.canonicalSmiles();
    }

    public double value(Descriptor descriptor) {
        return descriptor.valueOf(this);
    }

    /** Number of alert hits in one catalogue set, e.g. "PAINS" or "MCF". */
    public int alertCount(String set) {
        int n = 0;
        for (var hit : alerts.hits()) {
            if (hit.set().equalsIgnoreCase(set)) {
                n++;
            }
        }
        return n;
    }

    /** The same molecule with these tags added (replacing tags of the same name). */
    public AnalyzedMolecule withTags(Map<String, String> extra) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(tags);
        merged.putAll(extra);
        return new AnalyzedMolecule(molecule, formula, properties, saScore, alerts, ecfp4, substructureKeys, merged,
                changes);
    }

    public AnalyzedMolecule withName(String name) {
        return new AnalyzedMolecule(new Molecule(molecule.canonicalSmiles(), molecule.inchiKey(), name), formula,
                properties, saScore, alerts, ecfp4, substructureKeys, tags, changes);
    }
}
