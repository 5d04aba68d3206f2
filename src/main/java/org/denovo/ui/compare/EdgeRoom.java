package org.denovo.ui.compare;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.Rectangle;

/**
 * Room for marks on a chart's edge: a chart clips its plot to the axes' range, so that a mark at the edge (a lead at
 * similarity 1, the last round) is cut in half. This widens the clip by a few pixels on every side, keeping round axis
 * bounds.
 */
public final class EdgeRoom {
    private static final String WIDENED = "denovo.widened-clip";

    private EdgeRoom() {
    }

    /**
     * Widens the clip of the plot area that holds {@code plotChild} (a node of the chart's plot children) by
     * {@code pixels}; the widened clip follows the chart's own as the chart is laid out.
     */
    public static void widen(Node plotChild, double pixels) {
        Parent content = plotChild.getParent();
        Parent area = content == null ? null : content.getParent();
        if (area == null || !(area.getClip() instanceof Rectangle clip) || clip.getProperties().containsKey(WIDENED)) {
            return;
        }
        Rectangle wider = new Rectangle();
        wider.getProperties().put(WIDENED, true);
        wider.xProperty().bind(clip.xProperty().subtract(pixels));
        wider.yProperty().bind(clip.yProperty().subtract(pixels));
        wider.widthProperty().bind(clip.widthProperty().add(2 * pixels));
        wider.heightProperty().bind(clip.heightProperty().add(2 * pixels));
        area.setClip(wider);
    }
}
