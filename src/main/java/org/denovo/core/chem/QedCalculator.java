package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.denovo.core.chem.smarts.CompiledSmarts;
import org.denovo.core.chem.smarts.TargetGraph;
import org.denovo.core.chem.structure.RingSets;

/**
 * Quantitative estimate of drug-likeness (Bickerton et al. 2012) as RDKit computes it: the weighted
 * geometric mean (mean weights) of eight asymmetric double-sigmoid desirabilities.
 * QED's own inputs: HBA = matches of the 11 acceptor SMARTS, AROM = rings left after deleting
 * aliphatic ring atoms singly bonded to a non-aromatic atom, ALERTS = how many of the 116 alert SMARTS match.
 */
public final class QedCalculator {
    static final String PARAMETERS = "/molecules/qed/ads_parameters.tsv";
    static final String ACCEPTORS = "/molecules/qed/acceptor_smarts.txt";
    static final String ALERTS = "/molecules/qed/structural_alerts.smarts";

    /** The eight QED properties, in the order of the parameter table. */
    public enum Property { MW, ALOGP, HBA, HBD, PSA, ROTB, AROM, ALERTS }

    /** Asymmetric double sigmoid a + b / (1 + e^-(x-c+d/2)/e) * (1 - 1 / (1 + e^-(x-c-d/2)/f)), scaled by 1/dmax. */
    record Sigmoid(double a, double b, double c, double d, double e, double f, double dmax, double weight) {
        double desirability(double x) {
            double exp1 = 1 + Math.exp(-(x - c + d / 2) / e);
            double exp2 = 1 + Math.exp(-(x - c - d / 2) / f);
            return (a + b / exp1 * (1 - 1 / exp2)) / dmax;
        }
    }

    private static final List<Sigmoid> SIGMOIDS = parseParameters(ShippedData.entries(PARAMETERS));
    private static final List<String> ACCEPTOR_SMARTS = ShippedData.entries(ACCEPTORS);
    private static final List<String> ALERT_SMARTS = ShippedData.entries(ALERTS);

    private final List<CompiledSmarts> acceptors = SmartsQueries.compileAll(ACCEPTOR_SMARTS);
    private final List<CompiledSmarts> alerts = SmartsQueries.compileAll(ALERT_SMARTS);

    /** QED from the eight property values, ordered as {@link Property}. */
    public static double qed(double[] properties) {
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < SIGMOIDS.size(); i++) {
            Sigmoid s = SIGMOIDS.get(i);
            weighted += s.weight() * Math.log(s.desirability(properties[i]));
            weights += s.weight();
        }
        return Math.exp(weighted / weights);
    }

    /**
     * QED of a molecule prepared by {@link Molecules#perceive}, reusing the properties the
     * calculator already has (RDKit's MolWt, MolLogP, CalcNumHBD, TPSA, strict rotatable bonds).
     */
    public double qed(IAtomContainer mol, double molWeight, double logP, int hbd, double tpsa, int rotatableBonds) {
        return qed(mol, molWeight, logP, hbd, tpsa, rotatableBonds, alertCount(mol));
    }

    /** As above, with the ALERTS count already known (e.g. the QED set of the alert catalogue). */
    public double qed(IAtomContainer mol, double molWeight, double logP, int hbd, double tpsa, int rotatableBonds,
                      int alertCount) {
        return qed(TargetGraph.of(mol), molWeight, logP, hbd, tpsa, rotatableBonds, alertCount);
    }

    /** As above, on the molecule already flattened; a negative alert count means "match them here". */
    public double qed(TargetGraph g, double molWeight, double logP, int hbd, double tpsa, int rotatableBonds,
                      int alertCount) {
        IAtomContainer mol = g.molecule();
        int alerts = alertCount < 0 ? alertCount(g) : alertCount;
        return qed(new double[] {molWeight, logP, acceptorCount(g), hbd, tpsa, rotatableBonds,
            aromaticRingCount(mol), alerts});
    }

    /** The 116 alert SMARTS, in file order. */
    public static List<String> alertSmarts() {
        return ALERT_SMARTS;
    }

    /** Sum over the acceptor SMARTS of their distinct matches. */
    public int acceptorCount(IAtomContainer mol) {
        return acceptorCount(TargetGraph.of(mol));
    }

    public int acceptorCount(TargetGraph mol) {
        int count = 0;
        for (CompiledSmarts acceptor : acceptors) {
            count += acceptor.countUnique(mol);
        }
        return count;
    }

    /** How many alert SMARTS match at least once. */
    public int alertCount(IAtomContainer mol) {
        return alertCount(TargetGraph.of(mol));
    }

    public int alertCount(TargetGraph mol) {
        int count = 0;
        for (CompiledSmarts alert : alerts) {
            if (alert.matches(mol)) {
                count++;
            }
        }
        return count;
    }

    /** Rings remaining once aliphatic ring atoms with a single-bonded non-aromatic neighbour are deleted ([$([A;R][!a])]). */
    public static int aromaticRingCount(IAtomContainer mol) {
        int n = mol.getAtomCount();
        boolean[] keep = new boolean[n];
        for (IAtom atom : mol.atoms()) {
            keep[atom.getIndex()] = atom.isAromatic() || !atom.isInRing() || !hasNonAromaticNeighbour(atom);
        }
        int[] newIndex = new int[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            newIndex[i] = keep[i] ? kept++ : -1;
        }
        List<List<Integer>> adjacency = new ArrayList<>();
        for (int i = 0; i < kept; i++) {
            adjacency.add(new ArrayList<>());
        }
        for (IBond bond : mol.bonds()) {
            int a = newIndex[bond.getBegin().getIndex()];
            int b = newIndex[bond.getEnd().getIndex()];
            if (a >= 0 && b >= 0) {
                adjacency.get(a).add(b);
                adjacency.get(b).add(a);
            }
        }
        int[][] graph = new int[kept][];
        for (int i = 0; i < kept; i++) {
            graph[i] = adjacency.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return RingSets.smallestRings(mol, graph).size();
    }

    /** A non-aromatic neighbour over a single or aromatic bond (SMARTS' implicit bond). */
    private static boolean hasNonAromaticNeighbour(IAtom atom) {
        for (IBond bond : atom.bonds()) {
            boolean singleOrAromatic = bond.isAromatic() || bond.getOrder() == IBond.Order.SINGLE;
            if (singleOrAromatic && !bond.getOther(atom).isAromatic()) {
                return true;
            }
        }
        return false;
    }

    static List<Sigmoid> parseParameters(List<String> rows) {
        Sigmoid[] sigmoids = new Sigmoid[Property.values().length];
        for (String row : rows) {
            String[] f = row.split("\t");
            if (f[0].equals("property")) {
                continue;
            }
            sigmoids[Property.valueOf(f[0]).ordinal()] = new Sigmoid(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                    Double.parseDouble(f[7]), Double.parseDouble(f[8]));
        }
        return List.of(sigmoids); // throws on a missing row

    }
}
