package org.denovo.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Help › Filter syntax: the filter box's clauses and the table's keys, on one card. */
final class FilterHelp {
    private FilterHelp() {
    }

    static void show(Window owner) {
        Alert help = new Alert(Alert.AlertType.INFORMATION);
        help.initOwner(owner);
        help.setHeaderText("Filter syntax");
        Label body = new Label("""
                Clauses joined by commas must all hold:
                  qed > 0.6        mw < 500        200 <= mw <= 500     score >= 0.7
                  no PAINS         has Dundee      no alerts
                  novel            known           starred      #tag      passes
                Anything else matches text in the name or the SMILES.
                Columns: score, qed, sa, mw, logp, tpsa, hbd, hba, rotb, rings, fsp3, alerts, rating,
                rank, sim, round.
                The box to the right searches substructures (SMILES or SMARTS, Enter).
                Keys: 0-5 rate the selection, Ctrl+D star it (or click a ☆), Ctrl+T tag, Ctrl+C copy SMILES,
                Ctrl+Shift+C copy molfile, Ctrl+Shift+N note, Ctrl+E export, Ctrl+G generate,
                Ctrl+Shift+O optimise the selected molecule, Ctrl+. cancel.""");
        body.setStyle("-fx-font-family: monospace;");
        help.getDialogPane().setContent(body);
        help.show();
    }
}
