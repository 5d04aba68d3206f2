package org.denovo.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Errors as readable dialogs: what failed and why, never a stack trace (that goes to the log). */
public final class ErrorDialogs {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private ErrorDialogs() {
    }

    public static void show(Window owner, String what, Throwable error) {
        build(owner, what, error).show();
    }

    /** As {@link #show}, waiting until the user closes the dialog (for errors that end the app). */
    public static void showAndWait(Window owner, String what, Throwable error) {
        build(owner, what, error).showAndWait();
    }

    private static Alert build(Window owner, String what, Throwable error) {
        LOG.warn("{}: {}", what, error.toString(), error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("DeNovo Workbench");
        alert.setHeaderText(what);
        Label body = new Label(reason(error));
        body.setWrapText(true);
        body.setMaxWidth(520);
        alert.getDialogPane().setContent(body);
        return alert;
    }

    /** The first message along the cause chain, in plain words. */
    public static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return error.getClass().getSimpleName();
    }
}
