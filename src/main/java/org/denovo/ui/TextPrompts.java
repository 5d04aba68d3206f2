package org.denovo.ui;

import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** A one-line question (a run's new name, its notes, a tag), asked in a small modal dialog. */
public final class TextPrompts {
    private TextPrompts() {
    }

    /** The text the user confirmed, or empty when they cancelled. */
    public static Optional<String> ask(Window owner, String title, String label, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(label);
        return d.showAndWait();
    }
}
