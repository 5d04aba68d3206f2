package org.denovo.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.denovo.core.compare.Distribution;
import org.denovo.core.compare.Point;

/** The shapes the comparison's charts draw, as plain coordinates: a histogram's outline and a Pareto front's steps. */
public final class ChartPoints {
    private ChartPoints() {
    }

    /**
     * One run's histogram as a step outline in percent of the run's values: from the first edge at 0, up and along
     * each bar, down to 0 at the last edge. Empty when the run has no values.
     */
    public static List<Point> histogram(Distribution d, int run) {
        List<Integer> counts = d.counts().get(run);
        int n = d.runs().get(run).n();
        List<Point> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        List<Double> edges = d.edges();
        out.add(new Point(edges.get(0), 0, ""));
        for (int bin = 0; bin < counts.size(); bin++) {
            double percent = 100.0 * counts.get(bin) / n;
            out.add(new Point(edges.get(bin), percent, ""));
            out.add(new Point(edges.get(bin + 1), percent, ""));
        }
        out.add(new Point(edges.get(edges.size() - 1), 0, ""));
        return out;
    }

    /**
     * A Pareto front (both axes maximised, by x ascending) as the staircase it guarantees: from each point straight
     * down to the next point's height, then across to it.
     */
    public static List<Point> staircase(List<Point> front) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < front.size(); i++) {
            Point p = front.get(i);
            if (i > 0) {
                out.add(new Point(front.get(i - 1).x(), p.y(), ""));
            }
            out.add(p);
        }
        return out;
    }

    /**
     * The range that holds the middle {@code share} of the values (e.g. 0.99: from the 0.5th to the 99.5th percentile),
     * so that a few outliers do not squeeze the rest of a map into a corner; {NaN, NaN} when there are none.
     */
    public static double[] bulk(double[] values, double share) {
        double[] sorted = java.util.Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double tail = (1 - share) / 2;
        return new double[] {quantile(sorted, tail), quantile(sorted, 1 - tail)};
    }

    private static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    /** The highest percentage any run's histogram reaches, for a shared y axis; 0 when there is none. */
    public static double highestPercent(Distribution d) {
        double top = 0;
        for (int r = 0; r < d.counts().size(); r++) {
            for (Point p : histogram(d, r)) {
                top = Math.max(top, p.y());
            }
        }
        return top;
    }
}
