package org.denovo.ui.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.denovo.ui.depict.DepictionCache;

/**
 * The comparison view's own window ({@code Comparison.fxml} with its {@link ComparisonPanel}): not modal, owned by the
 * main window, one per comparison. It starts comparing when shown and stops when closed.
 */
public final class ComparisonWindow extends Stage {
    public static final String TITLE_SUFFIX = " — DeNovo Workbench";

    public ComparisonWindow(Window owner, ComparisonViewModel model, DepictionCache depictions, String stylesheet) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle(model.title() + TITLE_SUFFIX);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(load(new ComparisonPanel(model, depictions)),
                Math.min(1500, screen.getWidth() - 40), Math.min(940, screen.getHeight() - 40));
        if (stylesheet != null && !stylesheet.isEmpty()) {
            scene.getStylesheets().add(stylesheet);
        }
        URL own = ComparisonWindow.class.getResource("comparison.css");
        if (own != null) {
            scene.getStylesheets().add(own.toExternalForm());
        }
        setScene(scene);
        setOnShown(e -> model.compare());
        setOnHidden(e -> model.close());
    }

    private static Parent load(ComparisonPanel panel) {
        FXMLLoader loader = new FXMLLoader(ComparisonWindow.class.getResource("Comparison.fxml"));
        loader.setControllerFactory(type -> panel);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the comparison view could not be loaded", e);
        }
    }
}
