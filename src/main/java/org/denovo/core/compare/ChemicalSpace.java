package org.denovo.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.denovo.core.chem.MolecularProperties;

/**
 * One map of chemical space for all compared runs: a PCA fitted on the molecules of every run together, so that a
 * region of the map means the same for each run (a map per run would have its own axes).
 *
 * @param components the fitted map
 * @param runs       per run, in comparison order
 */
public record ChemicalSpace(PrincipalComponents components, List<RunMap> runs) {
    /** Drawn molecules per run at most. */
    public static final int SHOWN = 1500;

    /** The descriptors the map is made of: size, polarity, flexibility, rings, shape and drug-likeness. */
    public static final List<String> DESCRIPTORS = List.of("mol_weight", "crippen_logp", "tpsa", "hbd", "hba",
            "rotatable_bonds", "rings", "aromatic_rings", "fsp3", "qed");
    private static final List<ToDoubleFunction<MolecularProperties>> VALUES = List.of(MolecularProperties::molWeight,
            MolecularProperties::crippenLogP, MolecularProperties::tpsa, MolecularProperties::hbd, MolecularProperties::hba,
            MolecularProperties::rotatableBonds, MolecularProperties::rings, MolecularProperties::aromaticRings,
            MolecularProperties::fsp3, MolecularProperties::qed);

    public ChemicalSpace {
        runs = List.copyOf(runs);
    }

    /**
     * One run on the map.
     *
     * @param mapped   molecules with every descriptor known (the others are left off the map)
     * @param shown    a stable sample of at most {@link #SHOWN} of them
     * @param centroid the mean position of all mapped molecules; NaN when none
     * @param leads    the run's leads
     */
    public record RunMap(int mapped, List<Point> shown, Point centroid, List<Point> leads) {
        public RunMap {
            shown = List.copyOf(shown);
            leads = List.copyOf(leads);
        }
    }

    /** Fits the map on every run's products and places them, and the leads, on it. */
    public static ChemicalSpace of(List<ComparedRun> runs) {
        List<List<ComparedMolecule>> mapped = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (ComparedRun run : runs) {
            List<ComparedMolecule> ok = run.products().stream().filter(m -> descriptors(m) != null).toList();
            mapped.add(ok);
            ok.forEach(m -> rows.add(descriptors(m)));
        }
        PrincipalComponents pca = PrincipalComponents.fit(DESCRIPTORS, rows);
        List<RunMap> maps = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            List<ComparedMolecule> ok = mapped.get(r);
            double sx = 0;
            double sy = 0;
            for (ComparedMolecule m : ok) {
                double[] xy = pca.project(descriptors(m));
                sx += xy[0];
                sy += xy[1];
            }
            Point centroid = ok.isEmpty() ? new Point(Double.NaN, Double.NaN, "")
                    : new Point(sx / ok.size(), sy / ok.size(), "");
            List<Point> shown = StableSample.of(ok, SHOWN, ComparedMolecule::smiles).stream()
                    .map(m -> place(pca, m)).toList();
            List<Point> leads = runs.get(r).leads().stream().filter(m -> descriptors(m) != null)
                    .map(m -> place(pca, m)).toList();
            maps.add(new RunMap(ok.size(), shown, centroid, leads));
        }
        return new ChemicalSpace(pca, maps);
    }

    private static Point place(PrincipalComponents pca, ComparedMolecule m) {
        double[] xy = pca.project(descriptors(m));
        return new Point(xy[0], xy[1], m.smiles());
    }

    /** The molecule's descriptor row, or null when one of them is not known. */
    static double[] descriptors(ComparedMolecule m) {
        double[] row = new double[VALUES.size()];
        for (int j = 0; j < row.length; j++) {
            row[j] = VALUES.get(j).applyAsDouble(m.properties());
            if (!Double.isFinite(row[j])) {
                return null;
            }
        }
        return row;
    }
}
