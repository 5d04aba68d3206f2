package org.denovo.core.report;

import java.util.List;

/** Grouped bars: for each category (an alert set), one bar per run, in percent. */
final class BarChart {
    /** Characters of a slanted category name shown; longer ones end in an ellipsis (the table beside has them whole). */
    private static final int LONGEST = 14;

    private BarChart() {
    }

    /** @param shares per run, per category, a share from 0 to 1 (NaN draws no bar) */
    static String of(String title, String yLabel, List<String> categories, List<List<Double>> shares, List<String> runLabels) {
        double highest = 0;
        for (List<Double> run : shares) {
            for (double s : run) {
                if (Double.isFinite(s)) {
                    highest = Math.max(highest, 100 * s);
                }
            }
        }
        int k = categories.size();
        Plot plot = Plot.of(title, "", yLabel, Plot.Range.exactly(0, Math.max(1, k)),
                Plot.Range.exactly(0, Scale.roundUp(Math.max(1, highest * 1.05))), List.of(), k > 6 ? LONGEST * 5.5 : 0);
        int runs = shares.size();
        double slot = plot.x.at(1) - plot.x.at(0);
        double bar = slot * 0.8 / Math.max(1, runs);
        for (int r = 0; r < runs; r++) {
            plot.svg.group("class", "run-" + r, "fill", Palette.of(r));
            for (int c = 0; c < k; c++) {
                double s = shares.get(r).get(c);
                if (!Double.isFinite(s)) {
                    continue;
                }
                double x = plot.x.at(c) + slot * 0.1 + r * bar;
                double top = plot.py(100 * s);
                plot.svg.group().title(runLabels.get(r) + ", " + categories.get(c) + ": " + Html.percent(s));
                plot.svg.add("rect", "x", x, "y", top, "width", Math.max(1, bar - 1), "height", plot.py(0) - top);
                plot.svg.end();
            }
            plot.svg.end();
        }
        plot.svg.group("font-size", "10", "fill", "#333", "font-family", "sans-serif");
        for (int c = 0; c < k; c++) {
            double x = plot.x.at(c + 0.5);
            double y = plot.py(0) + 13;
            if (k > 6) { // long names side by side would overlap
                plot.svg.text(x + 3, y - 6, shortened(categories.get(c)), "text-anchor", "end",
                        "transform", "rotate(-50 " + Svg.n(x + 3) + " " + Svg.n(y - 6) + ")");
            } else {
                plot.svg.text(x, y, categories.get(c), "text-anchor", "middle");
            }
        }
        plot.svg.end();
        return plot.toString();
    }

    private static String shortened(String name) {
        return name.length() <= LONGEST ? name : name.substring(0, LONGEST - 1) + "…";
    }
}
