package org.denovo.core.report;

import java.util.List;

/**
 * The frame every chart is drawn in: plot area, grid, ticks, axis labels and title, on an {@link Svg} the chart then
 * draws into. Which run has which colour is told once per report, beside the charts.
 */
final class Plot {
    static final double WIDTH = 560;
    static final double HEIGHT = 320;
    private static final double LEFT = 58;
    private static final double RIGHT = 14;
    private static final double TOP = 30;
    private static final double BOTTOM = 44;
    private static final int TICKS = 6;

    final Svg svg;
    final Scale x;
    final Scale y;

    private Plot(Svg svg, Scale x, Scale y) {
        this.svg = svg;
        this.x = x;
        this.y = y;
    }

    /**
     * A frame over the given ranges.
     *
     * @param xTicks tick values for x, or null for round values
     */
    static Plot of(String title, String xLabel, String yLabel, Range xRange, Range yRange, List<Double> xTicks) {
        return of(title, xLabel, yLabel, xRange, yRange, xTicks, 0);
    }

    /** As {@link #of}, {@code extra} pixels taller below the plot area (for long category names). */
    static Plot of(String title, String xLabel, String yLabel, Range xRange, Range yRange, List<Double> xTicks,
                   double extra) {
        Scale x = range(xRange, LEFT, WIDTH - RIGHT);
        Scale y = range(yRange, HEIGHT - BOTTOM, TOP);
        Svg svg = new Svg(WIDTH, HEIGHT + extra, title);
        Plot plot = new Plot(svg, x, y);
        plot.frame(title, xLabel, yLabel, xTicks);
        return plot;
    }

    /** An axis range: exactly {@code lo..hi}, or widened to round ticks around the data's {@code lo..hi}. */
    record Range(double lo, double hi, boolean exact) {
        static Range exactly(double lo, double hi) {
            return new Range(lo, hi, true);
        }

        static Range around(double lo, double hi) {
            return new Range(lo, hi, false);
        }
    }

    private static Scale range(Range r, double from, double to) {
        return r.exact() ? new Scale(r.lo(), r.hi(), from, to) : Scale.fitting(r.lo(), r.hi(), from, to);
    }

    private void frame(String title, String xLabel, String yLabel, List<Double> xTicks) {
        double left = x.at(x.min());
        double right = x.at(x.max());
        double bottom = y.at(y.min());
        double top = y.at(y.max());
        svg.add("rect", "x", left, "y", top, "width", right - left, "height", bottom - top, "fill", "#fff",
                "stroke", "#999");
        svg.group("stroke", "#e6e6e6", "stroke-width", "1");
        for (double t : y.ticks(TICKS)) {
            svg.add("line", "x1", left, "x2", right, "y1", y.at(t), "y2", y.at(t));
        }
        svg.end();
        svg.group("font-size", "11", "fill", "#333", "font-family", "sans-serif");
        int yDigits = y.decimals(TICKS);
        for (double t : y.ticks(TICKS)) {
            svg.text(left - 5, y.at(t) + 4, Html.number(t, yDigits), "text-anchor", "end");
        }
        List<Double> ticks = xTicks != null ? xTicks : x.ticks(TICKS);
        int xDigits = xTicks != null ? 0 : x.decimals(TICKS);
        for (double t : ticks) {
            svg.add("line", "x1", x.at(t), "x2", x.at(t), "y1", bottom, "y2", bottom + 4, "stroke", "#999");
            svg.text(x.at(t), bottom + 16, Html.number(t, xDigits), "text-anchor", "middle");
        }
        svg.text((left + right) / 2, bottom + BOTTOM - 8, xLabel, "text-anchor", "middle", "font-size", "12");
        svg.text(14, (top + bottom) / 2, yLabel, "text-anchor", "middle", "font-size", "12",
                "transform", "rotate(-90 14 " + Svg.n((top + bottom) / 2) + ")");
        svg.text(left, 18, title, "font-size", "13", "font-weight", "bold");
        svg.end();
    }

    /** Keeps a point inside the plot area (a value beyond the range is drawn on its edge). */
    double px(double value) {
        return x.at(Math.max(x.min(), Math.min(x.max(), value)));
    }

    double py(double value) {
        return y.at(Math.max(y.min(), Math.min(y.max(), value)));
    }

    @Override
    public String toString() {
        return svg.toString();
    }
}
