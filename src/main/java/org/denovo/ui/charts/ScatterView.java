package org.denovo.ui.charts;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Two properties against each other, one dot per molecule coloured by score (red low, green high); molecules the
 * table does not keep (filter, searches, brushes) in light grey, the selected molecule ringed in red, ticks on both
 * axes, and the brushed ranges in numbers.
 */
public final class ScatterView extends Region {
    private static final double PAD = 30;
    private boolean[] kept;
    private int selected = -1;
    private final Canvas canvas = new Canvas();
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private double[] scores = new double[0];
    private String xLabel = "";
    private String yLabel = "";
    private double[] brush;
    private double pressX;
    private double pressY;
    private BrushListener onBrush = (x0, x1, y0, y1) -> { };

    /** The brushed rectangle in data units; all NaN when cleared. */
    @FunctionalInterface
    public interface BrushListener {
        void brushed(double xMin, double xMax, double yMin, double yMax);
    }

    public ScatterView() {
        getChildren().add(canvas);
        setMinSize(200, 180);
        setPrefSize(320, 240);
        canvas.setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
            brush = null;
        });
        canvas.setOnMouseDragged(e -> {
            brush = new double[] {Math.min(pressX, e.getX()), Math.min(pressY, e.getY()),
                                  Math.abs(e.getX() - pressX), Math.abs(e.getY() - pressY)};
            draw();
        });
        canvas.setOnMouseReleased(e -> {
            if (brush == null || brush[2] < 3 || brush[3] < 3) {
                brush = null;
                draw();
                onBrush.brushed(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
                return;
            }
            double[] r = range();
            double x0 = dataX(brush[0], r);
            double x1 = dataX(brush[0] + brush[2], r);
            double y0 = dataY(brush[1] + brush[3], r);
            double y1 = dataY(brush[1], r);
            onBrush.brushed(x0, x1, y0, y1);
        });
    }

    public void setOnBrush(BrushListener listener) {
        onBrush = listener;
    }

    public void setData(double[] x, double[] y, double[] score, String xName, String yName) {
        setData(x, y, score, xName, yName, null, -1);
    }

    /** As above, with the rows the table keeps ({@code null}: all) and the selected row's index (-1: none). */
    public void setData(double[] x, double[] y, double[] score, String xName, String yName, boolean[] keep, int selectedIndex) {
        kept = keep;
        selected = selectedIndex;
        xs = x;
        ys = y;
        scores = score;
        xLabel = xName;
        yLabel = yName;
        brush = null;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** xmin, xmax, ymin, ymax over finite points. */
    private double[] range() {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                r[0] = Math.min(r[0], xs[i]);
                r[1] = Math.max(r[1], xs[i]);
                r[2] = Math.min(r[2], ys[i]);
                r[3] = Math.max(r[3], ys[i]);
            }
        }
        if (r[0] > r[1]) {
            return new double[] {0, 1, 0, 1};
        }
        if (r[1] - r[0] < 1e-9) {
            r[0] -= 0.5;
            r[1] += 0.5;
        }
        if (r[3] - r[2] < 1e-9) {
            r[2] -= 0.5;
            r[3] += 0.5;
        }
        return r;
    }

    private double dataX(double px, double[] r) {
        return r[0] + (px - PAD) / Math.max(1, canvas.getWidth() - 2 * PAD) * (r[1] - r[0]);
    }

    private double dataY(double py, double[] r) {
        return r[2] + (canvas.getHeight() - PAD - py) / Math.max(1, canvas.getHeight() - 2 * PAD) * (r[3] - r[2]);
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double[] r = range();
        double pw = Math.max(1, w - 2 * PAD);
        double ph = Math.max(1, h - 2 * PAD);
        for (int pass = 0; pass < 2; pass++) { // the molecules left out first, under the kept ones
            for (int i = 0; i < xs.length; i++) {
                boolean keep = kept == null || kept[i];
                if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i]) || keep != (pass == 1)) {
                    continue;
                }
                double px = PAD + (xs[i] - r[0]) / (r[1] - r[0]) * pw;
                double py = h - PAD - (ys[i] - r[2]) / (r[3] - r[2]) * ph;
                double s = scores[i];
                g.setFill(!keep ? Color.rgb(200, 200, 200, 0.6) : Double.isNaN(s) ? Color.rgb(150, 150, 150, 0.5)
                        : Color.hsb(120 * Math.max(0, Math.min(1, s)), 0.85, 0.8, 0.6));
                g.fillOval(px - 2, py - 2, 4, 4);
            }
        }
        if (selected >= 0 && selected < xs.length && Double.isFinite(xs[selected]) && Double.isFinite(ys[selected])) {
            double px = PAD + (xs[selected] - r[0]) / (r[1] - r[0]) * pw;
            double py = h - PAD - (ys[selected] - r[2]) / (r[3] - r[2]) * ph;
            g.setStroke(Color.web("#d32f2f"));
            g.setLineWidth(2);
            g.strokeOval(px - 5, py - 5, 10, 10);
            g.setLineWidth(1);
        }
        g.setStroke(Color.GRAY);
        g.strokeRect(PAD, PAD, pw, ph);
        g.setFill(Color.DIMGRAY);
        g.setFont(Font.font(10));
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        double[] xTicks = Histogram.ticks(r[0], r[1], 5);
        for (double t : xTicks) {
            double px = PAD + (t - r[0]) / (r[1] - r[0]) * pw;
            g.strokeLine(px, h - PAD, px, h - PAD + 3);
            g.fillText(Histogram.tickLabel(t, xTicks), px, h - PAD + 13);
        }
        g.setTextAlign(javafx.scene.text.TextAlignment.RIGHT);
        double[] yTicks = Histogram.ticks(r[2], r[3], 4);
        for (double t : yTicks) {
            double py = h - PAD - (t - r[2]) / (r[3] - r[2]) * ph;
            g.strokeLine(PAD - 3, py, PAD, py);
            g.fillText(Histogram.tickLabel(t, yTicks), PAD - 4, py + 3);
        }
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        if (brush != null) {
            g.setFill(Color.rgb(255, 160, 0, 0.2));
            g.fillRect(brush[0], brush[1], brush[2], brush[3]);
            g.setStroke(Color.rgb(200, 120, 0));
            g.strokeRect(brush[0], brush[1], brush[2], brush[3]);
            g.setFill(Color.rgb(150, 80, 0));
            g.fillText(String.format("%s %s – %s, %s %s – %s", xLabel, HistogramView.format(dataX(brush[0], r)),
                    HistogramView.format(dataX(brush[0] + brush[2], r)), yLabel,
                    HistogramView.format(dataY(brush[1] + brush[3], r)), HistogramView.format(dataY(brush[1], r))),
                    PAD, PAD - 4);
        }
        g.setFill(Color.BLACK);
        g.setFont(Font.font(11));
        g.fillText(xLabel, PAD + pw / 2 - 3 * xLabel.length(), h - 3);
        if (brush == null) {
            g.fillText(yLabel, PAD, PAD - 6);
        }
    }
}
