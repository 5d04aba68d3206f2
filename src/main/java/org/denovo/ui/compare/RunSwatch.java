package org.denovo.ui.compare;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** A run's colour swatch with its label: the legend's entries, and the headers of per-run columns. */
public final class RunSwatch {
    private RunSwatch() {
    }

    /** A label with the run's colour as a square before {@code text}, and the run's full title as tooltip. */
    public static Label label(RunKey key, String text) {
        Rectangle swatch = new Rectangle(12, 12, Color.web(key.colour()));
        swatch.setArcWidth(3);
        swatch.setArcHeight(3);
        Label label = new Label(text, swatch);
        label.getStyleClass().add("run-key");
        label.setTooltip(new Tooltip(key.title()));
        return label;
    }
}
