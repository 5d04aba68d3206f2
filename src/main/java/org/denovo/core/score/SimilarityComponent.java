package org.denovo.core.score;

import java.util.ArrayList;
import java.util.List;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.ReferenceMolecules;

/** ECFP4 Tanimoto similarity to reference molecules, the maximum or the mean over them. */
public record SimilarityComponent(String name, List<Fingerprint> references, boolean useMean) implements ScoreComponent {
    @Override
    public double raw(AnalyzedMolecule molecule) {
        if (molecule.ecfp4() == null || references.isEmpty()) {
            return Double.NaN;
        }
        double best = 0;
        double sum = 0;
        for (Fingerprint ref : references) {
            double s = molecule.ecfp4().tanimoto(ref);
            best = Math.max(best, s);
            sum += s;
        }
        return useMean ? sum / references.size() : best;
    }

    /** {@code {"type": "similarity", "smiles": ["c1ccccc1O"], "mode": "max"}}. */
    public static final class Type implements ComponentType {
        @Override
        public String type() {
            return "similarity";
        }

        @Override
        public String summary() {
            return "ECFP4 Tanimoto similarity to reference \"smiles\" (\"mode\": max or mean)";
        }

        @Override
        public ScoreComponent create(Spec spec) throws ProfileException {
            spec.allowOnly(java.util.Set.of("type", "smiles", "mode", "name"));
            List<String> smiles = spec.strings("smiles");
            if (smiles.isEmpty()) {
                throw spec.error("similarity: \"smiles\" needs at least one reference molecule");
            }
            String mode = spec.string("mode", "max");
            if (!mode.equals("max") && !mode.equals("mean")) {
                throw spec.error("similarity: \"mode\" must be \"max\" or \"mean\", got \"" + mode + "\"");
            }
            List<Fingerprint> fps = new ArrayList<>();
            for (String s : smiles) {
                try {
                    fps.add(ReferenceMolecules.ecfp4(s));
                } catch (IllegalArgumentException e) {
                    throw spec.error("similarity: cannot read reference SMILES \"" + s + "\": " + e.getMessage());
                }
            }
            return new SimilarityComponent(spec.string("name", "similarity"), List.copyOf(fps), mode.equals("mean"));
        }
    }
}
