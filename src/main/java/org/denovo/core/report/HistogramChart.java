package org.denovo.core.report;

import java.util.List;
import org.denovo.core.compare.Distribution;

/** One measure's histograms, every run as an outlined step curve over the same bins, in percent of the run. */
final class HistogramChart {
    private HistogramChart() {
    }

    static String of(Distribution d, List<String> runLabels) {
        List<Double> edges = d.edges();
        int bins = edges.size() - 1;
        double highest = 0;
        for (int r = 0; r < d.counts().size(); r++) {
            int n = d.runs().get(r).n();
            for (int c : d.counts().get(r)) {
                highest = Math.max(highest, n == 0 ? 0 : 100.0 * c / n);
            }
        }
        Plot plot = Plot.of(d.measure().label(), d.measure().label(), "% of the run's molecules",
                Plot.Range.exactly(edges.get(0), edges.get(bins)), Plot.Range.exactly(0, Scale.roundUp(highest * 1.05)),
                null);
        for (int r = 0; r < d.counts().size(); r++) {
            int n = d.runs().get(r).n();
            if (n == 0) {
                continue;
            }
            List<Integer> counts = d.counts().get(r);
            StringBuilder path = new StringBuilder("M").append(Svg.n(plot.px(edges.get(0)))).append(' ')
                    .append(Svg.n(plot.py(0)));
            for (int b = 0; b < bins; b++) {
                double y = plot.py(100.0 * counts.get(b) / n);
                path.append(" L").append(Svg.n(plot.px(edges.get(b)))).append(' ').append(Svg.n(y))
                        .append(" L").append(Svg.n(plot.px(edges.get(b + 1)))).append(' ').append(Svg.n(y));
            }
            path.append(" L").append(Svg.n(plot.px(edges.get(bins)))).append(' ').append(Svg.n(plot.py(0))).append('Z');
            Distribution.Summary s = d.runs().get(r);
            plot.svg.group("class", "run-" + r).title(runLabels.get(r) + ": " + Html.count(s.n()) + " molecules, mean "
                    + Html.number(s.mean(), 2) + ", median " + Html.number(s.median(), 2));
            plot.svg.add("path", "d", path.toString(), "fill", Palette.of(r), "fill-opacity", "0.10",
                    "stroke", Palette.of(r), "stroke-width", "1.8", "stroke-linejoin", "round");
            plot.svg.end();
        }
        return plot.toString();
    }
}
