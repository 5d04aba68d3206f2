package org.denovo.ui.compare;

import java.util.List;
import javafx.scene.chart.NumberAxis;
import org.denovo.core.compare.Point;
import org.denovo.core.compare.TradeOff;

/**
 * Score against similarity to the lead (or a property): every run's molecules, its Pareto front as a staircase with
 * the front's molecules marked (their SMILES as tooltips), and the leads as diamonds.
 */
public final class TradeOffChart extends MarkedScatterChart {
    public TradeOffChart() {
        super(7); // a lead at similarity 1, a score of 1
        getYAxis().setLabel("Score");
    }

    public void show(TradeOff tradeOff, List<RunKey> keys) {
        clear();
        getXAxis().setLabel(tradeOff.label());
        double lo = 0;
        double hi = 1;
        for (int r = 0; r < keys.size(); r++) {
            TradeOff.RunPoints run = tradeOff.runs().get(r);
            dots(keys.get(r).label(), run.shown(), keys.get(r).colour());
            for (Point p : run.shown()) {
                lo = Math.min(lo, p.y());
                hi = Math.max(hi, p.y());
            }
        }
        for (int r = 0; r < keys.size(); r++) {
            RunKey key = keys.get(r);
            List<Point> front = tradeOff.runs().get(r).front();
            line(ChartPoints.staircase(front), key.colour());
            for (Point p : front) {
                highlight(p, key.colour(), key.title() + ", Pareto front\n" + p.smiles() + "\n"
                        + tradeOff.axis() + " " + Figures.number(p.x(), 3) + ", score " + Figures.number(p.y(), 3));
            }
        }
        for (TradeOff.RunPoints run : tradeOff.runs()) {
            for (Point lead : run.leads()) {
                lead(lead, "lead\n" + lead.smiles() + "\nscore " + Figures.number(lead.y(), 3));
                lo = Math.min(lo, lead.y());
                hi = Math.max(hi, lead.y());
            }
        }
        ChartAxes.unit((NumberAxis) getXAxis()); // similarity, QED and Fsp3 all span 0-1
        if (lo >= 0 && hi <= 1) {
            ChartAxes.unit((NumberAxis) getYAxis());
        } else {
            ChartAxes.around((NumberAxis) getYAxis(), lo, hi);
        }
    }
}
