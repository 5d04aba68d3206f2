package org.denovo.core.report;

import java.util.List;
import org.denovo.core.compare.Point;

/** What scatter charts draw on a {@link Plot}: clouds of molecules, Pareto fronts, leads and centroids. */
final class Marks {
    private Marks() {
    }

    /** Small translucent dots, no tooltips (there may be thousands). */
    static void cloud(Plot plot, int run, List<Point> points) {
        plot.svg.group("class", "run-" + run, "fill", Palette.of(run), "fill-opacity", "0.35");
        for (Point p : points) {
            plot.svg.circle(plot.px(p.x()), plot.py(p.y()), 1.9, null);
        }
        plot.svg.end();
    }

    /** The front as a staircase (what it guarantees between its points) with each molecule marked and named. */
    static void front(Plot plot, int run, List<Point> front, String label, String xName, String yName) {
        if (front.isEmpty()) {
            return;
        }
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < front.size(); i++) {
            Point p = front.get(i);
            if (i > 0) {
                steps.append(' ').append(Svg.n(plot.px(front.get(i - 1).x()))).append(',').append(Svg.n(plot.py(p.y())));
            }
            steps.append(i == 0 ? "" : " ").append(Svg.n(plot.px(p.x()))).append(',').append(Svg.n(plot.py(p.y())));
        }
        plot.svg.add("polyline", "class", "front run-" + run, "points", steps.toString(), "fill", "none",
                "stroke", Palette.of(run), "stroke-width", "2.2");
        plot.svg.group("class", "front run-" + run, "fill", Palette.of(run), "stroke", "#fff", "stroke-width", "1");
        for (Point p : front) {
            plot.svg.circle(plot.px(p.x()), plot.py(p.y()), 3.8, label + ": " + p.smiles() + " (" + xName + " "
                    + Html.number(p.x(), 3) + ", " + yName + " " + Html.number(p.y(), 3) + ")");
        }
        plot.svg.end();
    }

    /** Leads as black-edged diamonds. */
    static void leads(Plot plot, List<Point> leads) {
        plot.svg.group("class", "lead", "fill", "#fff", "stroke", "#000", "stroke-width", "1.8");
        for (Point p : leads) {
            double x = plot.px(p.x());
            double y = plot.py(p.y());
            plot.svg.group().title("lead: " + p.smiles());
            plot.svg.add("path", "d", "M" + Svg.n(x) + " " + Svg.n(y - 7) + " L" + Svg.n(x + 6) + " " + Svg.n(y)
                    + " L" + Svg.n(x) + " " + Svg.n(y + 7) + " L" + Svg.n(x - 6) + " " + Svg.n(y) + "Z");
            plot.svg.end();
        }
        plot.svg.end();
    }

    /** A run's centre as a cross on a white halo. */
    static void centroid(Plot plot, int run, Point c, String label) {
        if (!Double.isFinite(c.x()) || !Double.isFinite(c.y())) {
            return;
        }
        double x = plot.px(c.x());
        double y = plot.py(c.y());
        String d = "M" + Svg.n(x - 7) + " " + Svg.n(y) + " H" + Svg.n(x + 7) + " M" + Svg.n(x) + " " + Svg.n(y - 7)
                + " V" + Svg.n(y + 7);
        plot.svg.group("class", "centroid run-" + run).title("centre of " + label);
        plot.svg.add("path", "d", d, "stroke", "#fff", "stroke-width", "6");
        plot.svg.add("path", "d", d, "stroke", Palette.of(run), "stroke-width", "3");
        plot.svg.end();
    }
}
