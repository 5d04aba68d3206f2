package org.denovo.core.report;

import java.util.List;
import java.util.Locale;
import org.denovo.core.compare.ChemicalSpace;
import org.denovo.core.compare.Point;
import org.denovo.core.compare.PrincipalComponents;

/** The joint chemical-space map: every run's molecules on the same two principal components, centres and leads marked. */
final class SpaceChart {
    private SpaceChart() {
    }

    static String of(ChemicalSpace space, List<String> runLabels) {
        double xLo = Double.POSITIVE_INFINITY;
        double xHi = Double.NEGATIVE_INFINITY;
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = Double.NEGATIVE_INFINITY;
        for (ChemicalSpace.RunMap run : space.runs()) {
            for (List<Point> points : List.of(run.shown(), run.leads())) {
                for (Point p : points) {
                    xLo = Math.min(xLo, p.x());
                    xHi = Math.max(xHi, p.x());
                    yLo = Math.min(yLo, p.y());
                    yHi = Math.max(yHi, p.y());
                }
            }
        }
        PrincipalComponents pca = space.components();
        Plot plot = Plot.of("Chemical space (PCA of " + pca.descriptors().size() + " descriptors, all runs together)",
                axis(pca, 0), axis(pca, 1), Plot.Range.around(xLo, xHi), Plot.Range.around(yLo, yHi), null);
        for (int r = 0; r < space.runs().size(); r++) {
            Marks.cloud(plot, r, space.runs().get(r).shown());
        }
        for (int r = 0; r < space.runs().size(); r++) {
            Marks.centroid(plot, r, space.runs().get(r).centroid(), runLabels.get(r));
        }
        for (ChemicalSpace.RunMap run : space.runs()) {
            Marks.leads(plot, run.leads());
        }
        return plot.toString();
    }

    private static String axis(PrincipalComponents pca, int k) {
        if (k >= pca.explained().size()) {
            return "PC" + (k + 1);
        }
        return String.format(Locale.ROOT, "PC%d (%.0f %% of the variance)", k + 1, 100 * pca.explained().get(k));
    }
}
