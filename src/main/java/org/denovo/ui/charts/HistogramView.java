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
 * A histogram drawn on a canvas, with the profile's desirable window shaded (where its transform gives at
 * least 0.5) and a draggable brush that reports the chosen value range.
 */
public final class HistogramView extends Region {
    private static final double PAD_LEFT = 8;
    private static final double PAD_BOTTOM = 16;
    private static final double PAD_TOP = 16;
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
        setMinSize(160, 90);
        setPrefSize(178, 104);
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
        histogram = h;
        desirability = profileDesirability;
        draw();
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
        g.setFill(Color.web("#1f5fa8"));
        for (int i = 0; i < counts.length; i++) {
            double bh = plotH * counts[i] / max;
            g.fillRect(PAD_LEFT + i * barW + 0.5, base - bh, Math.max(1, barW - 1), bh);
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
        g.fillText(title, PAD_LEFT, 12);
        g.setFill(Color.DIMGRAY);
        g.setFont(Font.font(10));
        g.fillText(format(histogram.min()), PAD_LEFT, h - 3);
        String right = format(histogram.max());
        g.fillText(right, PAD_LEFT + plotWidth() - 6 * right.length(), h - 3);
    }

    static String format(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
