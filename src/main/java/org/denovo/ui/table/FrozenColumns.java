package org.denovo.ui.table;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.util.Callback;

/**
 * Keeps a table's leading columns in place when it scrolls sideways: their cells and headers are moved right by
 * the horizontal scroll offset and drawn above the other columns, which pass beneath them.
 */
final class FrozenColumns<S> {
    static final String STYLE_CLASS = "frozen";
    private final TableView<S> table;
    private final List<TableColumn<S, ?>> frozen;
    private final DoubleProperty offset = new SimpleDoubleProperty();

    private FrozenColumns(TableView<S> table, List<TableColumn<S, ?>> frozen) {
        this.table = table;
        this.frozen = frozen;
    }

    /** Freezes {@code frozen}, which must be the table's first columns; call before the table is shown. */
    static <S> void freeze(TableView<S> table, List<TableColumn<S, ?>> frozen) {
        FrozenColumns<S> columns = new FrozenColumns<>(table, frozen);
        for (TableColumn<S, ?> column : frozen) {
            columns.wrapCells(column);
            column.setReorderable(false);
            column.visibleProperty().addListener(o -> columns.pinHeadersLater());
        }
        table.skinProperty().addListener((o, was, skin) -> columns.pinHeadersLater());
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<S> row = new javafx.scene.control.TableRow<>();
            row.setSkin(columns.new RowSkin(row));
            return row;
        });
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> columns.pinHeadersLater());
    }

    private <T> void wrapCells(TableColumn<S, T> column) {
        Callback<TableColumn<S, T>, TableCell<S, T>> cells = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<S, T> cell = cells.call(c);
            pin(cell);
            // a row builds its own cells and keeps them: the row's skin learns of its frozen ones
            cell.tableRowProperty().addListener((o, was, row) -> {
                if (row != null && row.getSkin() instanceof FrozenColumns<?>.RowSkin skin) {
                    skin.frozenCells.put(c, cell); // a rebuilt cell replaces the old one
                }
            });
            return cell;
        });
    }

    private void pin(Node node) {
        if (!node.getStyleClass().contains(STYLE_CLASS)) {
            node.getStyleClass().add(STYLE_CLASS);
        }
        node.setViewOrder(-1);
        if (!node.translateXProperty().isBound()) {
            node.translateXProperty().bind(offset);
        }
    }

    /** Headers are built with the skin, and again when columns change. */
    private void pinHeadersLater() {
        Platform.runLater(() -> {
            followScrollBar();
            for (Node node : table.lookupAll(".column-header")) {
                if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                        && frozen.contains(header.getTableColumn())) {
                    pin(header);
                }
            }
        });
    }

    private void followScrollBar() {
        if (offset.isBound()) {
            return;
        }
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                    && bar.getParent() instanceof VirtualFlow<?>) {
                offset.bind(bar.valueProperty());
                return;
            }
        }
    }

    /**
     * With a fixed cell size the row leaves out cells of columns scrolled out of sight; a frozen column never is,
     * so its cells are put back, where the column starts.
     */
    private final class RowSkin extends javafx.scene.control.skin.TableRowSkin<S> {
        /** The row's current cell of each frozen column. */
        private final java.util.Map<TableColumn<?, ?>, TableCell<?, ?>> frozenCells = new java.util.HashMap<>();

        RowSkin(javafx.scene.control.TableRow<S> row) {
            super(row);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            super.layoutChildren(x, y, w, h);
            if (offset.get() <= 0) {
                return; // not scrolled: the frozen columns, the first ones, are in sight
            }
            double columnX = x;
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                if (!frozen.contains(column)) {
                    break;
                }
                TableCell<?, ?> cell = frozenCells.get(column);
                if (cell != null && cell.getParent() == null) {
                    getChildren().add(cell);
                    cell.setVisible(true);
                    cell.resizeRelocate(columnX, y, column.getWidth(), h);
                }
                columnX += column.getWidth();
            }
        }
    }
}
