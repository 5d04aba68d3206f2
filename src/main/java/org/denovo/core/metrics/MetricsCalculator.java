package org.denovo.core.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.MorganFingerprint;

/** Computes {@link DistributionMetrics} from analysed samples; pure functions over already analysed molecules. */
public final class MetricsCalculator {
    /** Descriptors of the KL score: GuacaMol's nine physico-chemical descriptors and the nearest-neighbour similarity. */
    public static final List<String> CONTINUOUS = List.of("bertz_ct", "crippen_logp", "mol_weight", "tpsa",
            "internal_similarity");
    public static final List<String> DISCRETE = List.of("hba", "hbd", "rotatable_bonds", "aliphatic_rings", "aromatic_rings");
    /** Descriptors compared side by side with the reference set (mean, median, KS distance). */
    public static final List<String> FIDELITY = List.of("mol_weight", "heavy_atoms", "rings", "bertz_ct", "stereocentres",
            "smiles_length", "crippen_logp", "tpsa", "hba", "hbd", "rotatable_bonds", "aromatic_rings", "qed", "sa_score");
    /** MOSES IntDiv: Morgan radius 2 at 1,024 bits (RDKit-compatible). */
    public static final int MOSES_BITS = 1024;
    /** GuacaMol's nearest-neighbour similarity: Morgan radius 2 at 4,096 bits. */
    public static final int GUACAMOL_BITS = 4096;
    /** Molecules with fewer heavy atoms than this count as small (a symptom of a generator that shortens molecules). */
    public static final int SMALL_MOLECULE_HEAVY_ATOMS = 15;

    private MetricsCalculator() {
    }

    /**
     * @param validInOrder valid samples in sampling order, duplicates included
     * @param samples      number of sampled strings, valid or not
     * @param isKnown      true for molecules in the training set, or null when there is none
     * @param reference    analysed reference molecules (unique), or null
     */
    public static DistributionMetrics compute(long samples, List<AnalyzedMolecule> validInOrder,
                                              Predicate<String> isKnown, List<AnalyzedMolecule> reference) {
        Map<String, AnalyzedMolecule> unique = new LinkedHashMap<>();
        for (AnalyzedMolecule m : validInOrder) {
            unique.putIfAbsent(m.smiles(), m);
        }
        List<AnalyzedMolecule> uniqueList = new ArrayList<>(unique.values());
        double novelty = Double.NaN;
        if (isKnown != null && !uniqueList.isEmpty()) {
            long novel = uniqueList.stream().filter(m -> !isKnown.test(m.smiles())).count();
            novelty = (double) novel / uniqueList.size();
        }
        Map<String, Fingerprint> morgan = morgan(uniqueList);
        List<Fingerprint> validFps = validInOrder.stream().map(m -> morgan.get(m.smiles()).folded(MOSES_BITS)).toList();
        List<Fingerprint> fps = List.copyOf(morgan.values());
        double klScore = Double.NaN;
        Map<String, Double> kls = new LinkedHashMap<>();
        Map<String, DescriptorComparison> fidelity = new LinkedHashMap<>();
        double refIntDiv = Double.NaN;
        double refFilters = Double.NaN;
        double refSmall = Double.NaN;
        if (reference != null && !reference.isEmpty() && uniqueList.size() > 1) {
            List<Fingerprint> refFps = List.copyOf(morgan(reference).values());
            DescriptorColumns ref = new DescriptorColumns(reference, refFps);
            DescriptorColumns gen = new DescriptorColumns(uniqueList, fps);
            double sum = 0;
            for (String d : CONTINUOUS) {
                double kl = Divergence.continuous(finite(ref.get(d)), finite(gen.get(d)));
                kls.put(d, kl);
                sum += Math.exp(-kl);
            }
            for (String d : DISCRETE) {
                double kl = Divergence.discrete(ref.get(d), gen.get(d));
                kls.put(d, kl);
                sum += Math.exp(-kl);
            }
            klScore = sum / (CONTINUOUS.size() + DISCRETE.size());
            for (String d : FIDELITY) {
                fidelity.put(d, DescriptorComparison.of(gen.get(d), ref.get(d)));
            }
            refIntDiv = Diversity.internalDiversity(refFps.stream().map(f -> f.folded(MOSES_BITS)).toList());
            refFilters = filtersPass(reference);
            refSmall = smallFraction(reference);
        }
        return new DistributionMetrics(samples, validInOrder.size(), samples == 0 ? 0 : (double) validInOrder.size() / samples,
                uniqueAt(validInOrder, 1_000), uniqueAt(validInOrder, 10_000), uniqueList.size(), novelty,
                Diversity.internalDiversity(validFps), filtersPass(validInOrder), klScore, kls, refIntDiv, refFilters,
                Double.NaN, Double.NaN, smallFraction(uniqueList), refSmall, fidelity);
    }

    /** Share of molecules with fewer than {@link #SMALL_MOLECULE_HEAVY_ATOMS} heavy atoms. */
    static double smallFraction(List<AnalyzedMolecule> molecules) {
        if (molecules.isEmpty()) {
            return Double.NaN;
        }
        return molecules.stream().filter(m -> m.properties().heavyAtoms() < SMALL_MOLECULE_HEAVY_ATOMS).count()
                / (double) molecules.size();
    }

    /**
     * RDKit-compatible Morgan fingerprints (radius 2, GuacaMol's 4,096 bits) by canonical SMILES, in the molecules'
     * order; MOSES's 1,024-bit ones are these folded, since both set bit {@code id mod size}.
     */
    static Map<String, Fingerprint> morgan(List<AnalyzedMolecule> molecules) {
        int bits = GUACAMOL_BITS;
        List<String> smiles = molecules.stream().map(AnalyzedMolecule::smiles).distinct().toList();
        List<Fingerprint> fps = smiles.parallelStream()
                .map(s -> morganOrEmpty(s, bits)).toList();
        Map<String, Fingerprint> out = new LinkedHashMap<>();
        for (int i = 0; i < smiles.size(); i++) {
            out.put(smiles.get(i), fps.get(i));
        }
        return out;
    }

    private static Fingerprint morganOrEmpty(String smiles, int bits) {
        try {
            return MorganFingerprint.ofSmiles(smiles, 2, bits);
        } catch (IllegalArgumentException e) {
            return Fingerprint.of(new java.util.BitSet(), bits);
        }
    }

    private static double[] finite(double[] values) {
        return java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** MOSES unique@k: distinct share of the first k valid molecules (of all of them if fewer). */
    public static double uniqueAt(List<AnalyzedMolecule> validInOrder, int k) {
        int n = Math.min(k, validInOrder.size());
        if (n == 0) {
            return Double.NaN;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            seen.add(validInOrder.get(i).smiles());
        }
        return (double) seen.size() / n;
    }

    /** IntDiv1 and Filters pass rate of a set of molecules, e.g. a training-set sample. */
    public static double[] diversityAndFilters(List<AnalyzedMolecule> molecules) {
        Map<String, AnalyzedMolecule> unique = new LinkedHashMap<>();
        molecules.forEach(m -> unique.putIfAbsent(m.smiles(), m));
        List<AnalyzedMolecule> list = new ArrayList<>(unique.values());
        List<Fingerprint> moses = morgan(list).values().stream().map(f -> f.folded(MOSES_BITS)).toList();
        return new double[] {Diversity.internalDiversity(moses), filtersPass(list)};
    }

    static double filtersPass(List<AnalyzedMolecule> molecules) {
        if (molecules.isEmpty()) {
            return Double.NaN;
        }
        return molecules.stream().filter(m -> m.alerts().mosesFilters()).count() / (double) molecules.size();
    }
}
