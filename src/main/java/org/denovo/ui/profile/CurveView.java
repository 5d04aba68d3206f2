package org.denovo.ui.profile;

import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.denovo.core.score.Transform;
import org.denovo.ui.charts.Histogram;

/** A transform's desirability curve over the property's range, over a faint histogram of the rows on show. */
public final class CurveView extends Canvas {
    private static final double PAD = 26;

    public CurveView() {
        super(380, 210);
    }

    void draw(Transform transform, double from, double to, double[] values, String label) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double pw = w - 2 * PAD;
        double ph = h - 2 * PAD;
        if (values != null && values.length > 0) {
            double[] inRange = java.util.Arrays.stream(values).filter(v -> v >= from && v <= to).toArray();
            Histogram hist = Histogram.of(inRange, 40);
            int max = Math.max(1, hist.maxCount());
            double bw = pw / hist.counts().length;
            g.setFill(Color.rgb(31, 95, 168, 0.18));
            for (int i = 0; i < hist.counts().length; i++) {
                double x0 = PAD + (hist.min() + i * (hist.max() - hist.min()) / hist.counts().length - from) / (to - from) * pw;
                double bh = ph * hist.counts()[i] / max;
                g.fillRect(x0, PAD + ph - bh, Math.max(1, bw * (hist.max() - hist.min()) / (to - from)), bh);
            }
        }
        g.setStroke(Color.GRAY);
        g.strokeRect(PAD, PAD, pw, ph);
        g.setStroke(Color.rgb(220, 220, 220));
        g.strokeLine(PAD, PAD + ph / 2, PAD + pw, PAD + ph / 2);
        if (transform != null) {
            g.setStroke(Color.web("#2e7d32"));
            g.setLineWidth(2);
            g.beginPath();
            for (int i = 0; i <= pw; i++) {
                double x = from + (to - from) * i / pw;
                double y = transform.apply(x);
                double py = PAD + ph - (Double.isNaN(y) ? 0 : Math.max(0, Math.min(1, y))) * ph;
                if (i == 0) {
                    g.moveTo(PAD + i, py);
                } else {
                    g.lineTo(PAD + i, py);
                }
            }
            g.stroke();
            g.setLineWidth(1);
        }
        g.setFill(Color.BLACK);
        g.setFont(Font.font(11));
        g.fillText("desirability of " + label, PAD, 16);
        g.setFill(Color.DIMGRAY);
        g.fillText("1", 10, PAD + 4);
        g.fillText("0", 10, PAD + ph + 4);
        g.fillText(fmt(from), PAD, h - 8);
        String right = fmt(to);
        g.fillText(right, PAD + pw - 6 * right.length(), h - 8);
    }

    private static String fmt(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
