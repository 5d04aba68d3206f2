package org.denovo.ui;

import java.net.URL;

/** The workbench's one stylesheet, shared by the main window and its dialogs. */
public final class Stylesheet {
    private Stylesheet() {
    }

    /** The stylesheet's URL for {@code Scene.getStylesheets()}, or "" when the resource is missing. */
    public static String url() {
        URL css = Stylesheet.class.getResource("workbench.css");
        return css == null ? "" : css.toExternalForm();
    }
}
