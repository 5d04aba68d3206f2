package org.denovo.core.chem;

import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Synthetic accessibility score (Ertl and Schuffenhauer, J. Cheminform. 1:8, 2009), 1 = easy to
 * 10 = hard, computed with CDK in the form of RDKit's Contrib/SA_Score/sascorer.py:
 * fragment score (mean contribution of the counted radius-0..2 circular fragments) minus the
 * complexity penalty (size, stereocentres, spiro, bridgehead, macrocycle) plus the symmetry
 * term, then mapped onto 1..10. The contributions are our own table, derived from ChEMBL with CDK
 * fragments and calibrated against RDKit (see molecules/sa/README.md).
 *
 * Immutable and thread-safe; score() does not modify the molecule.
 */
public final class SaScorer {
    /** Classpath location of the shipped table (project dir molecules/sa/). */
    public static final String DEFAULT_TABLE = "/molecules/sa/sa_fragments.tsv.gz";

    private static final class Default {
        static final SaScorer INSTANCE = new SaScorer(SaFragmentTable.fromResource(DEFAULT_TABLE));
    }

    private final SaFragmentTable table;

    private SaScorer(SaFragmentTable table) {
        this.table = table;
    }

    /** The scorer with the shipped table, loaded once. */
    public static SaScorer loadDefault() {
        return Default.INSTANCE;
    }

    /** A scorer with another table (used by the table build tools and tests). */
    static SaScorer withTable(SaFragmentTable table) {
        return new SaScorer(table);
    }

    /** SA score in [1, 10], or NaN if the molecule is empty or cannot be analysed. */
    public double score(IAtomContainer mol) {
        if (mol == null || mol.isEmpty()) {
            return Double.NaN;
        }
        SaFeatures features;
        try {
            features = SaFeatures.of(mol);
        } catch (Exception | StackOverflowError e) {
            return Double.NaN;
        }
        CircularFragments fragments = features.fragments();
        if (fragments.total() == 0) {
            return Double.NaN;
        }
        return scale(fragmentScore(fragments) - features.complexity().penalty()
                + symmetryBonus(features.complexity().atoms(), fragments.distinct()));
    }

    /** Mean contribution over all fragment occurrences. */
    private double fragmentScore(CircularFragments fragments) {
        long[] ids = fragments.ids();
        double sum = 0;
        for (int i = 0; i < ids.length; i++) {
            sum += table.contribution(ids[i]) * fragments.count(i);
        }
        return sum / fragments.total();
    }

    /** sascorer 1.1: symmetric molecules (fewer distinct fragments than atoms) are easier. */
    private static double symmetryBonus(int atoms, int distinctFragments) {
        return atoms > distinctFragments ? 0.5 * Math.log((double) atoms / distinctFragments) : 0.0;
    }

    /** sascorer's mapping of the raw score (about -4 hard .. 2.5 easy) onto 1..10, smoothed above 8. */
    static double scale(double raw) {
        double min = -4.0;
        double max = 2.5;
        double s = 11.0 - (raw - min + 1.0) / (max - min) * 9.0;
        if (s > 8.0) {
            s = 8.0 + Math.log(s + 1.0 - 9.0);
        }
        return Math.max(1.0, Math.min(10.0, s));
    }
}
