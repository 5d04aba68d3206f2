package org.denovo.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineJoin;
import org.denovo.core.compare.Point;

/**
 * A scatter of molecules, one series per run drawn as small translucent dots in the run's colour, with marks drawn
 * above them in plot coordinates: lines (Pareto fronts), highlighted molecules, leads (diamonds) and centres
 * (crosses).
 */
public abstract class MarkedScatterChart extends ScatterChart<Number, Number> {
    private static final double DOT_RADIUS = 2.1;
    private final Group marks = new Group();
    private final List<Placed> placed = new ArrayList<>();

    /** A mark and where it goes: a line through points, or a shape centred on one point. */
    private record Placed(Node node, List<Point> at) {
    }

    /** @param edgeRoom pixels past the axes' range in which marks on the edge are still drawn */
    protected MarkedScatterChart(double edgeRoom) {
        super(new NumberAxis(), new NumberAxis());
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("compare-chart");
        marks.setManaged(false);
        getPlotChildren().add(marks);
        EdgeRoom.widen(marks, edgeRoom);
    }

    /** Removes every series and mark. */
    protected void clear() {
        getData().clear();
        marks.getChildren().clear();
        placed.clear();
    }

    /** One run's molecules as a series of dots. */
    protected void dots(String name, List<Point> points, String colour) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        Color fill = Color.web(colour, 0.42);
        for (Point p : points) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.x(), p.y());
            Circle dot = new Circle(DOT_RADIUS, fill);
            dot.setMouseTransparent(true);
            d.setNode(dot);
            series.getData().add(d);
        }
        getData().add(series);
        for (XYChart.Data<Number, Number> d : series.getData()) {
            d.getNode().getStyleClass().setAll("compare-dot"); // not the chart's own symbol shapes
        }
    }

    /** A line through the points, in plot order. */
    protected void line(List<Point> points, String colour) {
        Polyline line = new Polyline();
        line.setStroke(Color.web(colour));
        line.setStrokeWidth(2.2);
        line.setStrokeLineJoin(StrokeLineJoin.ROUND);
        line.setMouseTransparent(true);
        add(line, points);
    }

    /** A molecule worth a look (on a front): a larger dot with a white rim and its SMILES as tooltip. */
    protected void highlight(Point p, String colour, String tooltip) {
        Circle dot = new Circle(3.8, Color.web(colour));
        dot.setStroke(Color.WHITE);
        dot.setStrokeWidth(1);
        Tooltip.install(dot, new Tooltip(tooltip));
        add(dot, List.of(p));
    }

    /** A lead: a white diamond with a black edge. */
    protected void lead(Point p, String tooltip) {
        Polygon diamond = new Polygon(0, -7, 6, 0, 0, 7, -6, 0);
        diamond.setFill(Color.WHITE);
        diamond.setStroke(Color.BLACK);
        diamond.setStrokeWidth(1.8);
        diamond.getStyleClass().add("lead-mark");
        Tooltip.install(diamond, new Tooltip(tooltip));
        add(diamond, List.of(p));
    }

    /** A run's centre: a cross in the run's colour on a white halo. */
    protected void centre(Point p, String colour, String tooltip) {
        if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
            return;
        }
        String cross = "M -7 0 H 7 M 0 -7 V 7";
        SVGPath halo = new SVGPath();
        halo.setContent(cross);
        halo.setStroke(Color.WHITE);
        halo.setStrokeWidth(6);
        SVGPath mark = new SVGPath();
        mark.setContent(cross);
        mark.setStroke(Color.web(colour));
        mark.setStrokeWidth(3);
        Group centre = new Group(halo, mark);
        centre.getStyleClass().add("centre-mark");
        Tooltip.install(centre, new Tooltip(tooltip));
        add(centre, List.of(p));
    }

    private void add(Node node, List<Point> at) {
        marks.getChildren().add(node);
        placed.add(new Placed(node, List.copyOf(at)));
    }

    /** The marks drawn on the plot, for tests. */
    public List<Node> marks() {
        return List.copyOf(marks.getChildren());
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        for (Placed p : placed) {
            if (p.node() instanceof Polyline line) {
                List<Double> xy = new ArrayList<>();
                for (Point q : p.at()) {
                    xy.add(x.getDisplayPosition(q.x()));
                    xy.add(y.getDisplayPosition(q.y()));
                }
                line.getPoints().setAll(xy);
            } else {
                Point q = p.at().get(0);
                p.node().setLayoutX(x.getDisplayPosition(q.x()));
                p.node().setLayoutY(y.getDisplayPosition(q.y()));
            }
        }
        marks.toFront();
    }
}
