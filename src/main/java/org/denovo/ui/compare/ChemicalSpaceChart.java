package org.denovo.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import org.denovo.core.compare.ChemicalSpace;
import org.denovo.core.compare.Point;
import org.denovo.core.compare.PrincipalComponents;

/**
 * The joint chemical-space map: the first two principal components of ten descriptors fitted on all compared runs
 * together, every run's molecules, each run's centre as a cross, and the leads as diamonds. The axes hold the middle
 * 99 % of the molecules on each component, so that a few outliers do not squeeze the rest into a corner.
 */
public final class ChemicalSpaceChart extends MarkedScatterChart {
    /** Share of the molecules the axes are fitted to; the rest may lie beyond them. */
    static final double BULK = 0.99;
    private int beyond;

    public ChemicalSpaceChart() {
        super(0); // the axes leave room around the leads and centres; molecules beyond them stay hidden
    }

    public void show(ChemicalSpace space, List<RunKey> keys) {
        clear();
        getXAxis().setLabel(axisLabel(space.components(), 0));
        getYAxis().setLabel(axisLabel(space.components(), 1));
        List<Point> all = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            ChemicalSpace.RunMap run = space.runs().get(r);
            dots(keys.get(r).label(), run.shown(), keys.get(r).colour());
            all.addAll(run.shown());
        }
        double[] x = ChartPoints.bulk(all.stream().mapToDouble(Point::x).toArray(), BULK);
        double[] y = ChartPoints.bulk(all.stream().mapToDouble(Point::y).toArray(), BULK);
        for (int r = 0; r < keys.size(); r++) {
            ChemicalSpace.RunMap run = space.runs().get(r);
            centre(run.centroid(), keys.get(r).colour(), "centre of " + keys.get(r).title()
                    + " (" + Figures.count(run.mapped()) + " molecules)");
            for (Point lead : run.leads()) {
                lead(lead, "lead\n" + lead.smiles());
            }
            List<Point> always = new ArrayList<>(run.leads());
            always.add(run.centroid());
            for (Point p : always) { // leads and centres are always on the map
                x = widened(x, p.x());
                y = widened(y, p.y());
            }
        }
        NumberAxis xAxis = ChartAxes.around((NumberAxis) getXAxis(), x[0], x[1]);
        NumberAxis yAxis = ChartAxes.around((NumberAxis) getYAxis(), y[0], y[1]);
        beyond = (int) all.stream().filter(p -> p.x() < xAxis.getLowerBound() || p.x() > xAxis.getUpperBound()
                || p.y() < yAxis.getLowerBound() || p.y() > yAxis.getUpperBound()).count();
    }

    /** Molecules of the last map that lie beyond its axes (the axes hold the middle 99 % of each component). */
    public int beyondAxes() {
        return beyond;
    }

    private static double[] widened(double[] range, double v) {
        if (!Double.isFinite(v)) {
            return range;
        }
        return Double.isNaN(range[0]) ? new double[] {v, v} : new double[] {Math.min(range[0], v), Math.max(range[1], v)};
    }

    /** "PC1 (38 % of the variance)". */
    static String axisLabel(PrincipalComponents pca, int k) {
        if (k >= pca.explained().size() || !Double.isFinite(pca.explained().get(k))) {
            return "PC" + (k + 1);
        }
        return String.format(Locale.ROOT, "PC%d (%.0f %% of the variance)", k + 1, 100 * pca.explained().get(k));
    }
}
