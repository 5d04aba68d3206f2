package org.denovo.core.report;

import java.util.ArrayList;
import java.util.List;
import org.denovo.core.compare.RoundStatistics;
import org.denovo.core.compare.RunStatistics;

/** Best (solid) and median (dashed) score per optimisation round, a line per run. */
final class RoundChart {
    private RoundChart() {
    }

    static String of(List<RunStatistics> runs, List<String> runLabels) {
        int last = 0;
        double lo = 0;
        double hi = 1;
        for (RunStatistics run : runs) {
            for (RoundStatistics r : run.rounds()) {
                last = Math.max(last, r.round());
                for (double v : new double[] {r.best(), r.median()}) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        int step = Math.max(1, (int) Scale.roundUp(Math.max(1, last) / 10.0));
        List<Double> ticks = new ArrayList<>();
        for (int t = 0; t <= last; t += step) {
            ticks.add((double) t);
        }
        Plot plot = Plot.of("Score by round", "Round (0 = the lead)", "Score", Plot.Range.exactly(-0.4, last + 0.4),
                lo == 0 && hi == 1 ? Plot.Range.exactly(0, 1) : Plot.Range.around(lo, hi), ticks);
        for (int i = 0; i < runs.size(); i++) {
            List<RoundStatistics> rounds = runs.get(i).rounds();
            if (rounds.isEmpty()) {
                continue;
            }
            String colour = Palette.of(i);
            plot.svg.group("class", "run-" + i, "fill", "none", "stroke", colour, "stroke-width", "2");
            plot.svg.add("polyline", "points", line(plot, rounds, true));
            plot.svg.add("polyline", "points", line(plot, rounds, false), "stroke-dasharray", "5 4");
            plot.svg.end();
            plot.svg.group("fill", colour);
            for (RoundStatistics r : rounds) {
                if (Double.isFinite(r.best())) {
                    plot.svg.circle(plot.px(r.round()), plot.py(r.best()), 3.2, runLabels.get(i) + ", round " + r.round()
                            + ": best " + Html.number(r.best(), 3) + ", median " + Html.number(r.median(), 3) + " of "
                            + Html.count(r.scored()) + " scored");
                }
            }
            plot.svg.end();
        }
        return plot.toString();
    }

    private static String line(Plot plot, List<RoundStatistics> rounds, boolean best) {
        StringBuilder points = new StringBuilder();
        for (RoundStatistics r : rounds) {
            double v = best ? r.best() : r.median();
            if (Double.isFinite(v)) {
                points.append(points.length() == 0 ? "" : " ").append(Svg.n(plot.px(r.round()))).append(',')
                        .append(Svg.n(plot.py(v)));
            }
        }
        return points.toString();
    }
}
