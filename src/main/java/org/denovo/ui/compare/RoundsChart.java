package org.denovo.ui.compare;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.denovo.core.compare.RoundStatistics;
import org.denovo.core.compare.RunStatistics;

/**
 * Best (solid) and median (dashed) score of each round, a line of each kind per optimisation run, in the run's colour.
 * Round 0 is the lead.
 */
public final class RoundsChart extends LineChart<Number, Number> {
    public RoundsChart() {
        super(new NumberAxis(), new NumberAxis());
        setAnimated(false);
        setLegendVisible(false);
        getXAxis().setLabel("Round (0 = the lead)");
        getYAxis().setLabel("Score");
        getStyleClass().add("compare-chart");
        Region anchor = new Region();
        anchor.setManaged(false);
        getPlotChildren().add(anchor);
        EdgeRoom.widen(anchor, 6); // the first and last rounds' marks, and a best score of 1, are drawn whole
    }

    /** Draws the runs with rounds; the others are left out. */
    public void show(List<RunStatistics> runs, List<RunKey> keys) {
        getData().clear();
        int last = 1;
        double lo = 0;
        double hi = 1;
        for (int r = 0; r < runs.size(); r++) {
            List<RoundStatistics> rounds = runs.get(r).rounds();
            if (rounds.isEmpty()) {
                continue;
            }
            RunKey key = keys.get(r);
            XYChart.Series<Number, Number> best = new XYChart.Series<>();
            best.setName(key.label() + " best");
            XYChart.Series<Number, Number> median = new XYChart.Series<>();
            median.setName(key.label() + " median");
            for (RoundStatistics round : rounds) {
                last = Math.max(last, round.round());
                if (Double.isFinite(round.best())) {
                    best.getData().add(new XYChart.Data<>(round.round(), round.best(), round));
                    median.getData().add(new XYChart.Data<>(round.round(), round.median(), round));
                    lo = Math.min(lo, round.median());
                    hi = Math.max(hi, round.best());
                }
            }
            getData().add(best);
            getData().add(median);
            style(best, key, false);
            style(median, key, true);
        }
        ChartAxes.fixed((NumberAxis) getXAxis(), 0, last).setTickUnit(Math.max(1, Math.ceil(last / 10.0)));
        if (lo >= 0 && hi <= 1) {
            ChartAxes.unit((NumberAxis) getYAxis());
        } else {
            ChartAxes.around((NumberAxis) getYAxis(), lo, hi);
        }
    }

    private static void style(XYChart.Series<Number, Number> series, RunKey key, boolean dashed) {
        series.getNode().setStyle("-fx-stroke: " + key.colour() + "; -fx-stroke-width: 2px;"
                + (dashed ? " -fx-stroke-dash-array: 7 5;" : ""));
        for (XYChart.Data<Number, Number> d : series.getData()) {
            Node symbol = d.getNode();
            symbol.setStyle(dashed
                    ? "-fx-background-color: " + key.colour() + "; -fx-background-radius: 3px; -fx-padding: 2.5px;"
                    : "-fx-background-color: " + key.colour() + ", white; -fx-background-insets: 0, 2;"
                    + " -fx-background-radius: 5px; -fx-padding: 4px;");
            RoundStatistics round = (RoundStatistics) d.getExtraValue();
            Tooltip.install(symbol, new Tooltip(key.title() + "\nround " + round.round() + ": "
                    + Figures.count(round.molecules()) + " molecules, best " + Figures.number(round.best(), 3)
                    + ", median " + Figures.number(round.median(), 3)));
        }
    }
}
