package org.denovo.ui.charts;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A histogram drawn on a canvas: every row on show in light blue, the rows the table keeps (filter, searches, the
 * brushes of every chart) in dark blue over them, the profile's desirable window shaded (where its transform gives
 * at least 0.5), the selected molecule as a red line, value ticks below and a draggable brush that reports the
 * chosen value range and shows it in numbers.
 */
public final class HistogramView extends Region {
    private static final double PAD_LEFT = 10;
    private static final double PAD_BOTTOM = 18;
    private static final double PAD_TOP = 18;
    private int[] keptCounts;
    private double selected = Double.NaN;
    private final Canvas canvas = new Canvas();
    private final String title;
    private Histogram histogram = new Histogram(0, 1, new int[1]);
    private DoubleUnaryOperator desirability;
    private double brushFrom = Double.NaN;
    private double brushTo = Double.NaN;
    private BiConsumer<Double, Double> onBrush = (a, b) -> { };

    public HistogramView(String title) {
        this.title = title;
        getChildren().add(canvas);
        setMinSize(170, 110);
        setPrefSize(200, 124);
        canvas.setOnMousePressed(e -> {
            brushFrom = valueAt(e.getX());
            brushTo = brushFrom;
            draw();
        });
        canvas.setOnMouseDragged(e -> {
            brushTo = valueAt(e.getX());
            draw();
        });
        canvas.setOnMouseReleased(e -> {
            if (Math.abs(e.getX() - xOf(brushFrom)) < 3) {
                clearBrush();
                onBrush.accept(Double.NaN, Double.NaN);
            } else {
                onBrush.accept(Math.min(brushFrom, brushTo), Math.max(brushFrom, brushTo));
            }
        });
    }

    public void setData(Histogram h, DoubleUnaryOperator profileDesirability) {
        setData(h, null, profileDesirability, Double.NaN);
    }

    /**
     * @param kept     counts of the rows the table keeps, on the same bins; null when it keeps them all
     * @param selected the selected molecule's value, or NaN
     */
    public void setData(Histogram h, int[] kept, DoubleUnaryOperator profileDesirability, double selected) {
        histogram = h;
        keptCounts = kept;
        desirability = profileDesirability;
        this.selected = selected;
        draw();
    }

    /** Shows a brush set elsewhere (kept across redraws), or none for null. */
    public void showBrush(double[] range) {
        brushFrom = range == null ? Double.NaN : range[0];
        brushTo = range == null ? Double.NaN : range[1];
        draw();
    }

    /** The counts drawn dark (kept by the table), for tests. */
    int[] keptCounts() {
        return keptCounts == null ? histogram.counts() : keptCounts;
    }

    /** Called with the brushed range, or NaN, NaN when the brush is cleared by a click. */
    public void setOnBrush(BiConsumer<Double, Double> listener) {
        onBrush = listener;
    }

    public void clearBrush() {
        brushFrom = Double.NaN;
        brushTo = Double.NaN;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - 2 * PAD_LEFT);
    }

    private double xOf(double value) {
        return PAD_LEFT + (value - histogram.min()) / (histogram.max() - histogram.min()) * plotWidth();
    }

    private double valueAt(double x) {
        double f = Math.max(0, Math.min(1, (x - PAD_LEFT) / plotWidth()));
        return histogram.min() + f * (histogram.max() - histogram.min());
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double plotH = Math.max(1, h - PAD_BOTTOM - PAD_TOP);
        double base = h - PAD_BOTTOM;
        if (desirability != null) {
            g.setFill(Color.rgb(46, 125, 50, 0.12));
            for (double x = PAD_LEFT; x < PAD_LEFT + plotWidth(); x += 1) {
                double d = desirability.applyAsDouble(valueAt(x));
                if (d >= 0.5) {
                    g.fillRect(x, PAD_TOP, 1, plotH);
                }
            }
        }
        int[] counts = histogram.counts();
        int max = Math.max(1, histogram.maxCount());
        double barW = plotWidth() / counts.length;
        int[] kept = keptCounts();
        if (keptCounts != null) {
            g.setFill(Color.web("#bccbe0"));
            for (int i = 0; i < counts.length; i++) {
                double bh = plotH * counts[i] / max;
                g.fillRect(PAD_LEFT + i * barW + 0.5, base - bh, Math.max(1, barW - 1), bh);
            }
        }
        g.setFill(Color.web("#1f5fa8"));
        for (int i = 0; i < counts.length; i++) {
            double bh = plotH * kept[i] / max;
            g.fillRect(PAD_LEFT + i * barW + 0.5, base - bh, Math.max(1, barW - 1), bh);
        }
        if (Double.isFinite(selected)) {
            double x = xOf(Math.max(histogram.min(), Math.min(histogram.max(), selected)));
            g.setStroke(Color.web("#d32f2f"));
            g.setLineWidth(2);
            g.strokeLine(x, PAD_TOP, x, base);
            g.setLineWidth(1);
        }
        if (!Double.isNaN(brushFrom)) {
            double a = xOf(Math.min(brushFrom, brushTo));
            double b = xOf(Math.max(brushFrom, brushTo));
            g.setFill(Color.rgb(255, 160, 0, 0.25));
            g.fillRect(a, PAD_TOP, Math.max(1, b - a), plotH);
            g.setStroke(Color.rgb(200, 120, 0));
            g.strokeRect(a, PAD_TOP, Math.max(1, b - a), plotH);
        }
        g.setStroke(Color.GRAY);
        g.strokeLine(PAD_LEFT, base, PAD_LEFT + plotWidth(), base);
        g.setFill(Color.BLACK);
        g.setFont(Font.font(11));
        g.fillText(title, PAD_LEFT, 13);
        g.setFill(Color.DIMGRAY);
        g.setFont(Font.font(10));
        String top = "max " + max;
        g.fillText(top, PAD_LEFT + plotWidth() - 5.5 * top.length(), 13);
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        double[] ticks = Histogram.ticks(histogram.min(), histogram.max(), 4);
        for (double t : ticks) {
            double x = xOf(t);
            g.strokeLine(x, base, x, base + 3);
            g.fillText(Histogram.tickLabel(t, ticks), Math.max(PAD_LEFT + 8, Math.min(PAD_LEFT + plotWidth() - 8, x)), h - 3);
        }
        if (!Double.isNaN(brushFrom) && brushFrom != brushTo) {
            String range = format(Math.min(brushFrom, brushTo)) + " – " + format(Math.max(brushFrom, brushTo));
            g.setFill(Color.rgb(150, 80, 0));
            g.fillText(range, PAD_LEFT + plotWidth() / 2, PAD_TOP + 10);
        }
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
    }

    static String format(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
