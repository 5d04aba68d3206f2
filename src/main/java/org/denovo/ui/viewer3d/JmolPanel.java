package org.denovo.ui.viewer3d;

import java.awt.Dimension;
import java.awt.Graphics;
import javax.swing.JPanel;
import org.jmol.adapter.smarter.SmarterJmolAdapter;
import org.jmol.api.JmolViewer;

/** A Swing panel that hosts one Jmol viewer; touch it only on the Swing event thread. */
final class JmolPanel extends JPanel {
    private final JmolViewer viewer;
    private final Dimension size = new Dimension();

    JmolPanel() {
        viewer = JmolViewer.allocateViewer(this, new SmarterJmolAdapter(), null, null, null, null, null);
        viewer.evalString("set antialiasDisplay true; background white; set zoomLarge false; set frank off");
    }

    JmolViewer viewer() {
        return viewer;
    }

    @Override
    public void paint(Graphics g) {
        getSize(size);
        viewer.renderScreenImage(g, size.width, size.height);
    }
}
