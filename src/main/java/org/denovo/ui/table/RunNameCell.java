package org.denovo.ui.table;

import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A molecule's source run, wrapped over the row's height (a lead's SMILES may break anywhere), whole in its tooltip. */
final class RunNameCell extends TableCell<MoleculeRow, String> {
    private static final int LONGEST_UNBROKEN = 12;

    RunNameCell() {
        setWrapText(true);
        setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        boolean blank = empty || name == null || name.isEmpty();
        setText(blank ? null : breakable(name));
        setTooltip(blank ? null : new Tooltip(name));
    }

    /** The name with a zero-width space in each run of over {@value #LONGEST_UNBROKEN} characters without one. */
    static String breakable(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        int unbroken = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c);
            unbroken = Character.isWhitespace(c) ? 0 : unbroken + 1;
            if (unbroken == LONGEST_UNBROKEN && i + 1 < name.length()) {
                out.append('\u200B');
                unbroken = 0;
            }
        }
        return out.toString();
    }
}
