package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.denovo.core.chem.smarts.CompiledSmarts;
import org.denovo.core.chem.smarts.TargetGraph;

/**
 * Wildman-Crippen logP from the shipped contribution table: hydrogens are made explicit, every
 * atom takes the contribution of the first atom type (in file order) whose SMARTS matches with the
 * atom as the pattern's first atom, and the contributions are summed, as RDKit's MolLogP does.
 */
public final class CrippenLogP {
    static final String TABLE = "/molecules/qed/crippen_contributions.txt";

    /** One row of the table. */
    record AtomType(String label, String smarts, double logP) {
    }

    private static final List<AtomType> TYPES = parseTable(ShippedData.lines(TABLE));

    private final List<CompiledSmarts> patterns = TYPES.stream().map(t -> CompiledSmarts.compileRooted(t.smarts())).toList();

    /** logP of a molecule prepared by {@link Molecules#perceive}; the molecule is not changed. */
    public double logP(IAtomContainer mol) {
        return logP(TargetGraph.of(mol));
    }

    /** logP of a flattened molecule (heavy atoms with implicit hydrogens). */
    public double logP(TargetGraph mol) {
        double[] contributions = atomContributions(mol);
        double sum = 0;
        for (double c : contributions) {
            sum += c;
        }
        return sum;
    }

    /** Per-atom contributions, heavy atoms first (in input order), then the added hydrogens. */
    public double[] atomContributions(IAtomContainer mol) {
        return atomContributions(TargetGraph.of(mol));
    }

    public double[] atomContributions(TargetGraph mol) {
        TargetGraph withH = mol.withExplicitHydrogens();
        int n = withH.atomCount();
        double[] contributions = new double[n];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < TYPES.size(); t++) {
                if (patterns.get(t).matchesAt(withH, i)) {
                    contributions[i] = TYPES.get(t).logP();
                    break;
                }
            }
        }
        return contributions;
    }

    /** Tab-separated label, SMARTS, logP, MR, notes; '#' comments and rows without SMARTS are skipped. */
    static List<AtomType> parseTable(List<String> lines) {
        List<AtomType> types = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 3 || fields[1].isBlank()) {
                continue;
            }
            String logP = fields[2].strip();
            types.add(new AtomType(fields[0].strip(), fields[1].strip(), logP.isEmpty() ? 0 : Double.parseDouble(logP)));
        }
        return List.copyOf(types);
    }
}
