package org.denovo.core.metrics;

/** KL divergences between a reference and a sampled distribution, computed as GuacaMol does. */
public final class Divergence {
    private Divergence() {
    }

    /** KL(P || Q) of two weight vectors, each normalised to sum 1 (scipy.stats.entropy). */
    static double kl(double[] p, double[] q) {
        double sp = 0;
        double sq = 0;
        for (int i = 0; i < p.length; i++) {
            sp += p[i];
            sq += q[i];
        }
        double kl = 0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i] / sp;
            double qi = q[i] / sq;
            if (pi > 0) {
                kl += pi * Math.log(pi / qi);
            }
        }
        return kl;
    }

    /** Continuous: Gaussian KDEs of both, evaluated on 1,000 points spanning both samples, plus 1e-10. */
    public static double continuous(double[] reference, double[] sampled) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] xs : new double[][] {reference, sampled}) {
            for (double x : xs) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        Kde p = new Kde(reference);
        Kde q = new Kde(sampled);
        int n = 1000;
        double[] pv = new double[n];
        double[] qv = new double[n];
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? min : min + (max - min) * i / (n - 1);
            pv[i] = p.density(x) + 1e-10;
            qv[i] = q.density(x) + 1e-10;
        }
        return kl(pv, qv);
    }

    /** Discrete: 10-bin histograms over the reference's range (sampled values outside it are dropped), plus 1e-10. */
    public static double discrete(double[] reference, double[] sampled) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : reference) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (max == min) {
            max = min + 1;
        }
        int bins = 10;
        double[] p = histogram(reference, min, max, bins);
        double[] q = histogram(sampled, min, max, bins);
        for (int i = 0; i < bins; i++) {
            p[i] += 1e-10;
            q[i] += 1e-10;
        }
        return kl(p, q);
    }

    private static double[] histogram(double[] xs, double min, double max, int bins) {
        double[] h = new double[bins];
        double width = (max - min) / bins;
        int counted = 0;
        for (double x : xs) {
            if (x < min || x > max) {
                continue;
            }
            int b = x == max ? bins - 1 : (int) ((x - min) / width);
            h[b]++;
            counted++;
        }
        for (int i = 0; i < bins; i++) {
            h[i] = counted == 0 ? 0 : h[i] / (counted * width);
        }
        return h;
    }
}
