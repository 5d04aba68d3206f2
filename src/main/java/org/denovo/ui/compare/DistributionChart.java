package org.denovo.ui.compare;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.denovo.core.compare.Distribution;
import org.denovo.core.compare.Point;

/**
 * One measure's histograms, every run on the same bins and overlaid as translucent steps in the run's colour; heights
 * are percent of each run's molecules, so that runs of different sizes compare.
 */
public final class DistributionChart extends AreaChart<Number, Number> {
    public DistributionChart() {
        super(new NumberAxis(), new NumberAxis());
        setAnimated(false);
        setLegendVisible(false);
        setCreateSymbols(false);
        getYAxis().setLabel("% of the run's molecules");
        getStyleClass().add("compare-chart");
    }

    /** Draws one series per run, in comparison order (a run without values has an empty one). */
    public void show(Distribution d, List<RunKey> keys) {
        getData().clear();
        getXAxis().setLabel(d.measure().label());
        for (int r = 0; r < keys.size(); r++) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(keys.get(r).label());
            for (Point p : ChartPoints.histogram(d, r)) {
                series.getData().add(new XYChart.Data<>(p.x(), p.y()));
            }
            getData().add(series);
            String colour = keys.get(r).colour();
            Group area = (Group) series.getNode();
            area.getChildren().get(0).setStyle("-fx-fill: " + CssColours.rgba(colour, 0.16) + ";");
            area.getChildren().get(1).setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 1.6px;");
        }
        List<Double> edges = d.edges();
        ChartAxes.fixed((NumberAxis) getXAxis(), edges.get(0), edges.get(edges.size() - 1));
        ChartAxes.fromZero((NumberAxis) getYAxis(), ChartPoints.highestPercent(d));
    }
}
