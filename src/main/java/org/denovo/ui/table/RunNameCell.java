package org.denovo.ui.table;

import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.denovo.ui.WrappableText;

/** A molecule's source run, wrapped over the row's height (a lead's SMILES may break anywhere), whole in its tooltip. */
final class RunNameCell extends TableCell<MoleculeRow, String> {
    RunNameCell() {
        setWrapText(true);
        setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        boolean blank = empty || name == null || name.isEmpty();
        setText(blank ? null : WrappableText.of(name));
        setTooltip(blank ? null : new Tooltip(name));
    }
}
