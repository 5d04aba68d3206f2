package org.denovo.core.chem;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Bertz's topological complexity index (J. Am. Chem. Soc. 103, 3599, 1981) as RDKit 2022.09 computes it
 * ({@code Descriptors.BertzCT}, one of GuacaMol's KL-score descriptors): a bond-connectivity entropy term over
 * pairs of adjacent bonds, with atoms grouped into symmetry classes by their sorted bond-order-weighted distance
 * rows, plus an atom-type entropy term. Aromatic bonds count as order 1.5.
 */
public final class BertzComplexity {
    /** Larger molecules get NaN: the all-pairs distance matrix grows with the cube of the atom count. */
    public static final int MAX_ATOMS = 400;
    private static final int ROW_CUTOFF = 100;
    private static final double UNREACHABLE = 1e8;
    private static final double LOG2 = Math.log(2);

    private BertzComplexity() {
    }

    /** BertzCT of a SMILES this app wrote (aromatic symbols as written); NaN if it cannot be read or is too large. */
    public static double ofCanonicalSmiles(String smiles) {
        try {
            IAtomContainer mol = Molecules.parseCanonicalSmiles(smiles);
            Set<IBond> aromatic = new HashSet<>();
            for (IBond b : mol.bonds()) {
                if (b.isAromatic()) {
                    aromatic.add(b);
                }
            }
            return of(HeavyAtomGraph.of(mol, aromatic));
        } catch (InvalidSmilesException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double of(HeavyAtomGraph g) {
        int n = g.atomCount;
        if (n < 2) {
            return 0;
        }
        if (n > MAX_ATOMS) {
            return Double.NaN;
        }
        int[] symmetryClass = symmetryClasses(g);
        Map<Integer, Integer> atomTypes = new HashMap<>();
        Map<String, Double> connections = new HashMap<>();
        for (int a = 0; a < n; a++) {
            atomTypes.merge(g.atomicNumber[a], 1, Integer::sum);
            int hinge = symmetryClass[a];
            int[] nbrs = g.neighbours[a];
            for (int i = 0; i < nbrs.length; i++) {
                int ci = symmetryClass[nbrs[i]];
                double oi = order(g, g.bonds[a][i]);
                if (oi > 1 && nbrs[i] > a) {
                    connections.merge(Math.min(hinge, ci) + "-" + Math.max(hinge, ci), oi * (oi - 1) / 2, Double::sum);
                }
                for (int j = i + 1; j < nbrs.length; j++) {
                    int cj = symmetryClass[nbrs[j]];
                    double oj = order(g, g.bonds[a][j]);
                    connections.merge(Math.min(ci, cj) + "-" + hinge + "-" + Math.max(ci, cj), oi * oj, Double::sum);
                }
            }
        }
        if (connections.isEmpty()) {
            connections.put("none", 1.0);
        }
        double total = connections.values().stream().mapToDouble(Double::doubleValue).sum();
        double connectionTerm = total * (entropy(connections.values().stream().mapToDouble(Double::doubleValue).toArray())
                + Math.log(total) / LOG2);
        double atomTerm = n * entropy(atomTypes.values().stream().mapToDouble(Integer::doubleValue).toArray());
        return atomTerm + connectionTerm;
    }

    /** Atoms whose sorted distance rows agree to 4 decimals (first 100 entries) share a class. */
    private static int[] symmetryClasses(HeavyAtomGraph g) {
        int n = g.atomCount;
        double[][] d = new double[n][n];
        for (double[] row : d) {
            Arrays.fill(row, UNREACHABLE);
        }
        for (int a = 0; a < n; a++) {
            d[a][a] = 0;
            for (int k = 0; k < g.neighbours[a].length; k++) {
                d[a][g.neighbours[a][k]] = 1.0 / order(g, g.bonds[a][k]);
            }
        }
        for (int k = 0; k < n; k++) {
            double[] dk = d[k];
            for (int i = 0; i < n; i++) {
                double dik = d[i][k];
                if (dik >= UNREACHABLE) {
                    continue;
                }
                double[] di = d[i];
                for (int j = 0; j < n; j++) {
                    double via = dik + dk[j];
                    if (via < di[j]) {
                        di[j] = via;
                    }
                }
            }
        }
        Map<String, Integer> classes = new HashMap<>();
        int[] result = new int[n];
        for (int a = 0; a < n; a++) {
            double[] row = d[a].clone();
            Arrays.sort(row);
            long[] key = new long[Math.min(ROW_CUTOFF, n)];
            for (int i = 0; i < key.length; i++) {
                key[i] = Math.round(row[i] * 1e4);
            }
            result[a] = classes.computeIfAbsent(Arrays.toString(key), k -> classes.size() + 1);
        }
        return result;
    }

    private static double order(HeavyAtomGraph g, int bond) {
        int type = g.bondType[bond];
        return type == HeavyAtomGraph.AROMATIC ? 1.5 : type;
    }

    /** Shannon entropy in bits of counts normalised to probabilities (RDKit's InfoEntropy). */
    private static double entropy(double[] counts) {
        double sum = Arrays.stream(counts).sum();
        if (sum == 0) {
            return 0;
        }
        double h = 0;
        for (double c : counts) {
            if (c > 0) {
                double p = c / sum;
                h -= p * Math.log(p) / LOG2;
            }
        }
        return h;
    }
}
