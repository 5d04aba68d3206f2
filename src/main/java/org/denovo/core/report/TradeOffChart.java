package org.denovo.core.report;

import java.util.List;
import org.denovo.core.compare.Point;
import org.denovo.core.compare.TradeOff;

/** Score against similarity to the lead (or a property): every run's molecules, its Pareto front, and the leads. */
final class TradeOffChart {
    private TradeOffChart() {
    }

    static String of(TradeOff tradeOff, List<String> runLabels) {
        double xLo = Double.POSITIVE_INFINITY;
        double xHi = Double.NEGATIVE_INFINITY;
        double yLo = 0;
        double yHi = 1;
        for (TradeOff.RunPoints run : tradeOff.runs()) {
            for (List<Point> points : List.of(run.shown(), run.leads())) {
                for (Point p : points) {
                    xLo = Math.min(xLo, p.x());
                    xHi = Math.max(xHi, p.x());
                    yLo = Math.min(yLo, p.y());
                    yHi = Math.max(yHi, p.y());
                }
            }
        }
        boolean unitX = tradeOff.axis().equals("similarity") || tradeOff.axis().equals("qed") || tradeOff.axis().equals("fsp3");
        Plot.Range x = unitX ? Plot.Range.exactly(0, 1) : Plot.Range.around(xLo, xHi);
        Plot.Range y = yLo >= 0 && yHi <= 1 ? Plot.Range.exactly(0, 1) : Plot.Range.around(yLo, yHi);
        String xName = tradeOff.axis();
        Plot plot = Plot.of("Score against " + shortName(tradeOff), tradeOff.label(), "Score", x, y, null);
        for (int r = 0; r < tradeOff.runs().size(); r++) {
            Marks.cloud(plot, r, tradeOff.runs().get(r).shown());
        }
        for (int r = 0; r < tradeOff.runs().size(); r++) {
            Marks.front(plot, r, tradeOff.runs().get(r).front(), runLabels.get(r), xName, "score");
        }
        for (TradeOff.RunPoints run : tradeOff.runs()) {
            Marks.leads(plot, run.leads());
        }
        return plot.toString();
    }

    static String shortName(TradeOff tradeOff) {
        return switch (tradeOff.axis()) {
            case "similarity" -> "similarity to the lead";
            case "qed" -> "QED";
            default -> tradeOff.label();
        };
    }
}
