package org.denovo.ui.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The comparison's numbers: one row per measure, one column per run, headed by the run's colour. */
public final class StatisticsView extends TableView<StatisticRow> {
    public StatisticsView() {
        getStyleClass().add("statistics");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StatisticRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null || row.help().isEmpty() ? null : new Tooltip(row.help()));
            }
        });
    }

    /** A run's value; its whole text as tooltip, for the names and models that do not fit. */
    private static final class ValueCell extends TableCell<StatisticRow, String> {
        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value);
            setTooltip(empty || value == null || value.length() < 12 ? null : new Tooltip(value));
        }
    }

    /** One column per run, in comparison order, after the measure's name. */
    public void columns(List<RunKey> keys) {
        getColumns().clear();
        TableColumn<StatisticRow, String> measure = new TableColumn<>("");
        measure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().measure()));
        measure.setPrefWidth(200);
        measure.setMinWidth(170);
        measure.setSortable(false);
        measure.getStyleClass().add("measure");
        getColumns().add(measure);
        for (int r = 0; r < keys.size(); r++) {
            int run = r;
            TableColumn<StatisticRow, String> column = new TableColumn<>();
            column.setGraphic(RunSwatch.label(keys.get(r), keys.get(r).label()));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().values().get(run)));
            column.setCellFactory(c -> new ValueCell());
            column.setPrefWidth(110);
            column.setMinWidth(80);
            column.setSortable(false);
            column.getStyleClass().add("run-value");
            getColumns().add(column);
        }
    }
}
