package org.denovo.ui.viewer3d;

import java.awt.GraphicsEnvironment;
import javafx.embed.swing.SwingNode;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javax.swing.SwingUtilities;

/**
 * Jmol inside JavaFX through a {@link SwingNode}. Without a display (headless tests) the view shows the
 * status line only; the ViewModel still builds the structure.
 */
public final class Viewer3DView extends StackPane {
    private final Viewer3DViewModel model;
    private JmolPanel panel;

    public Viewer3DView(Viewer3DViewModel model) {
        this.model = model;
        getStyleClass().add("viewer3d");
        if (GraphicsEnvironment.isHeadless()) {
            Label note = new Label();
            note.textProperty().bind(model.statusProperty());
            getChildren().add(note);
            return;
        }
        SwingNode node = new SwingNode();
        getChildren().add(node);
        SwingUtilities.invokeLater(() -> {
            panel = new JmolPanel();
            node.setContent(panel);
            refresh();
        });
        model.structureProperty().addListener((o, was, now) -> refresh());
        model.styleProperty().addListener((o, was, now) -> restyle());
        model.hydrogensProperty().addListener((o, was, now) -> restyle());
    }

    private void refresh() {
        Structure3D s = model.structureProperty().get();
        String style = script();
        SwingUtilities.invokeLater(() -> {
            if (panel == null) {
                return;
            }
            if (s == null) {
                panel.viewer().evalString("zap");
            } else {
                panel.viewer().loadInline(s.molBlock());
                panel.viewer().evalString(style);
            }
            panel.repaint();
        });
    }

    private void restyle() {
        String style = script();
        SwingUtilities.invokeLater(() -> {
            if (panel != null) {
                panel.viewer().evalString(style);
                panel.repaint();
            }
        });
    }

    private String script() {
        return "select all; " + model.styleProperty().get().script() + "; "
                + (model.hydrogensProperty().get() ? "display all" : "display not hydrogen") + "; select none";
    }

    /** Jmol's own commands, for rotate and zoom buttons. */
    public void run(String script) {
        SwingUtilities.invokeLater(() -> {
            if (panel != null) {
                panel.viewer().evalString(script);
                panel.repaint();
            }
        });
    }
}
