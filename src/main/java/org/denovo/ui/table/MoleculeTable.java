package org.denovo.ui.table;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.denovo.core.chem.Descriptor;
import org.denovo.ui.depict.DepictionCache;

/** The molecule table: virtualised rows, lazy depictions, profile-coloured property cells. */
public final class MoleculeTable extends TableView<MoleculeRow> {
    public static final int IMAGE_WIDTH = 150;
    public static final int IMAGE_HEIGHT = 96;
    /** Font sizes of the cells, as set in workbench.css, for column widths that fit their widest value. */
    private static final double TABLE_FONT_SIZE = 12;
    private static final double STAR_FONT_SIZE = 14;
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty(false);

    public MoleculeTable(MoleculeTableViewModel model, DepictionCache depictions) {
        getStyleClass().add("molecule-table");
        setPlaceholder(new Label("No molecules yet. Press Generate (Ctrl+G), or open a run from the library."));
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setFixedCellSize(IMAGE_HEIGHT + 6);
        setTableMenuButtonVisible(true);

        TableColumn<MoleculeRow, Boolean> star = new TableColumn<>("★");
        star.setCellValueFactory(c -> c.getValue().starredProperty());
        Tooltip starHelp = new Tooltip("Click to star or unstar (Ctrl+D stars the selection)");
        star.setCellFactory(c -> new StarCell(model, starHelp));
        star.setPrefWidth(widthOf("★", STAR_FONT_SIZE));

        TableColumn<MoleculeRow, Number> rating = new TableColumn<>("Rating");
        rating.setCellValueFactory(c -> c.getValue().ratingProperty());
        rating.setCellFactory(c -> {
            TableCell<MoleculeRow, Number> cell = new TableCell<>() {
                @Override
                protected void updateItem(Number value, boolean empty) {
                    super.updateItem(value, empty);
                    setText(empty || value == null || value.intValue() == 0 ? null : "★".repeat(value.intValue()));
                }
            };
            cell.getStyleClass().add("rating-cell");
            return cell;
        });
        rating.setPrefWidth(Math.max(widthOf("★★★★★", TABLE_FONT_SIZE), widthOf("Rating", TABLE_FONT_SIZE)));

        TableColumn<MoleculeRow, Number> rank = new TableColumn<>("Rank");
        rank.setCellValueFactory(c -> c.getValue().rankProperty());
        rank.setCellFactory(c -> numberCell("%.0f", r -> null, true));
        rank.setPrefWidth(52);

        TableColumn<MoleculeRow, MoleculeRow> structure = new TableColumn<>("Structure");
        structure.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        structure.setCellFactory(c -> new StructureCell(depictions, model, compact));
        compact.addListener((o, was, small) -> {
            setFixedCellSize((small ? IMAGE_HEIGHT / 2 : IMAGE_HEIGHT) + 6);
            structure.setPrefWidth((small ? IMAGE_WIDTH / 2 : IMAGE_WIDTH) + 8);
            refresh();
        });
        model.highlightChanges().addListener(o -> refresh()); // drawn again with the matches marked
        structure.setPrefWidth(IMAGE_WIDTH + 8);
        structure.setSortable(false);

        TableColumn<MoleculeRow, Number> score = new TableColumn<>("Score");
        score.setCellValueFactory(c -> value(c.getValue().filteredOut() ? Double.NEGATIVE_INFINITY : c.getValue().score()));
        score.setCellFactory(c -> new TableCell<>() {
            private Tooltip why;

            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                MoleculeRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (empty || value == null || row == null) {
                    setText(null);
                    setTooltip(null);
                    Verdicts.style(this, "");
                    return;
                }
                if (row.filteredOut()) {
                    setText("filtered");
                    Verdicts.style(this, "filtered");
                    if (why == null) {
                        why = new Tooltip();
                    }
                    why.setText("Removed by the profile's filter: " + row.scored().score().filteredBy());
                    setTooltip(why);
                } else {
                    setText(Double.isNaN(row.score()) ? "n/a" : String.format(Locale.ROOT, "%.3f", row.score()));
                    Verdicts.style(this, Verdicts.of(row.score()));
                    setTooltip(null);
                }
            }
        });
        score.setPrefWidth(64);

        TableColumn<MoleculeRow, Number> similarity = new TableColumn<>("Sim.");
        similarity.setCellValueFactory(c -> value(c.getValue().similarity()));
        similarity.setCellFactory(c -> numberCell("%.2f", r -> "", false));
        similarity.setPrefWidth(50);
        TableColumn<MoleculeRow, Number> round = new TableColumn<>("Round");
        round.setCellValueFactory(c -> value(c.getValue().round() < 0 ? Double.NaN : c.getValue().round()));
        round.setCellFactory(c -> numberCell("%.0f", r -> "", false));
        round.setPrefWidth(56);
        TableColumn<MoleculeRow, String> parent = new TableColumn<>("Parent");
        parent.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().parentSmiles()));
        parent.setPrefWidth(160);
        // shown for optimisation runs; the column menu can still show or hide them
        List<TableColumn<MoleculeRow, ?>> lineageColumns = List.of(round, parent);
        similarity.setVisible(false);
        model.similaritiesProperty().addListener((o, was, now) -> similarity.setVisible(now));

        lineageColumns.forEach(col -> col.setVisible(false));
        model.lineageProperty().addListener((o, was, now) -> lineageColumns.forEach(col -> col.setVisible(now)));
        TableColumn<MoleculeRow, String> source = new TableColumn<>("Run");
        source.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.runName(c.getValue())));
        source.setCellFactory(c -> new RunNameCell());
        source.setPrefWidth(110);
        source.setVisible(false);
        model.manyRunsProperty().addListener((o, was, now) -> source.setVisible(now));

        getColumns().add(star);
        getColumns().add(rating);
        getColumns().add(rank);
        getColumns().add(source);
        getColumns().add(structure);
        getColumns().add(score);
        getColumns().add(similarity);
        getColumns().add(round);
        getColumns().add(property("QED", Descriptor.QED, "%.2f", 50));
        getColumns().add(property("SA", Descriptor.SA_SCORE, "%.2f", 50));
        getColumns().add(property("MW", Descriptor.MOL_WEIGHT, "%.1f", 60));
        getColumns().add(property("logP", Descriptor.CRIPPEN_LOGP, "%.2f", 52));
        getColumns().add(property("TPSA", Descriptor.TPSA, "%.1f", 54));
        getColumns().add(property("HBD", Descriptor.HBD, "%.0f", 42));
        getColumns().add(property("HBA", Descriptor.HBA, "%.0f", 42));
        getColumns().add(property("RotB", Descriptor.ROTATABLE_BONDS, "%.0f", 44));

        TableColumn<MoleculeRow, String> alerts = new TableColumn<>("Alerts");
        alerts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().alertSummary()));
        alerts.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                Verdicts.style(this, !empty && value != null && !value.isEmpty() ? "fail" : "");
            }
        });
        alerts.setPrefWidth(110);

        TableColumn<MoleculeRow, String> novel = new TableColumn<>("Novel");
        novel.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().novel() == null ? "?"
                : c.getValue().novel() ? "yes" : "no"));
        novel.setPrefWidth(48);

        TableColumn<MoleculeRow, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(80);

        TableColumn<MoleculeRow, String> tags = new TableColumn<>("Tags");
        tags.setCellValueFactory(c -> c.getValue().tagsProperty().map(t -> String.join(", ", t)));
        tags.setPrefWidth(80);

        TableColumn<MoleculeRow, String> notes = new TableColumn<>("Notes");
        notes.setCellValueFactory(c -> c.getValue().notesProperty());
        notes.setPrefWidth(120);

        TableColumn<MoleculeRow, String> smiles = new TableColumn<>("SMILES");
        smiles.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().smiles()));
        smiles.setPrefWidth(260);

        getColumns().add(alerts);
        getColumns().add(novel);
        getColumns().add(name);
        getColumns().add(tags);
        getColumns().add(notes);
        getColumns().add(parent);
        getColumns().add(smiles);

        FrozenColumns.freeze(this, List.of(star, rating, rank, source, structure));
        setItems(model.sortedRows());
        model.sortedRows().comparatorProperty().bind(comparatorProperty());
        model.rankedProperty().addListener((o, was, ranked) -> followRanking(rank, ranked));
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
    }

    /**
     * Keeps the header truthful about the ranking: ranked rows are shown best first ("Rank ▲") unless the user chose
     * another sort, and re-sorted when their ranks change under a sort that uses them; rows without a ranking (a run
     * still generating, a search) are not kept under a sort by rank alone.
     */
    private void followRanking(TableColumn<MoleculeRow, ?> rank, boolean ranked) {
        if (ranked && getSortOrder().isEmpty()) {
            rank.setSortType(TableColumn.SortType.ASCENDING);
            getSortOrder().add(rank);
        } else if (ranked && getSortOrder().contains(rank)) {
            sort(); // a new comparator: the sorted rows are ordered again by the new ranks
        } else if (!ranked && getSortOrder().equals(List.of(rank))) {
            getSortOrder().clear();
        }
    }

    /** Compact rows: half the height, structures as thumbnails (the same depictions, drawn smaller). */
    public javafx.beans.property.BooleanProperty compactProperty() {
        return compact;
    }

    public List<MoleculeRow> selectedRows() {
        return List.copyOf(getSelectionModel().getSelectedItems());
    }

    private static ObservableValue<Number> value(double v) {
        return new ReadOnlyObjectWrapper<>(v);
    }

    private TableColumn<MoleculeRow, Number> property(String title, Descriptor d, String format, double width) {
        TableColumn<MoleculeRow, Number> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> value(c.getValue().value(d)));
        col.setCellFactory(c -> numberCell(format, row -> Verdicts.of(row.component(d)), false));
        col.setPrefWidth(width);
        return col;
    }

    private static TableCell<MoleculeRow, Number> numberCell(String format, Function<MoleculeRow, String> verdict,
                                                              boolean blankZero) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                MoleculeRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (empty || value == null || row == null || Double.isNaN(value.doubleValue())
                        || (blankZero && value.doubleValue() == 0)) {
                    setText(null);
                    Verdicts.style(this, "");
                    return;
                }
                setText(String.format(Locale.ROOT, format, value.doubleValue()));
                Verdicts.style(this, verdict.apply(row));
            }
        };
    }

    /** The width of a column whose widest value is {@code text}, with the cell's padding and room for the sort arrow. */
    private static double widthOf(String text, double fontSize) {
        Text t = new Text(text);
        t.setFont(Font.font(Font.getDefault().getFamily(), fontSize));
        return Math.ceil(t.getLayoutBounds().getWidth()) + 24;
    }

    /** ★ or ☆; one click (single, double or long) on it stars or unstars its molecule. */
    private static final class StarCell extends TableCell<MoleculeRow, Boolean> {
        StarCell(MoleculeTableViewModel model, Tooltip help) {
            getStyleClass().add("star-cell");
            setTooltip(help);
            setOnMouseClicked(e -> {
                MoleculeRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !isEmpty() && row != null) {
                    model.toggleStar(List.of(row));
                }
            });
        }

        @Override
        protected void updateItem(Boolean starred, boolean empty) {
            super.updateItem(starred, empty);
            setText(empty || starred == null ? null : starred ? "★" : "☆");
        }
    }

    /** A depiction that appears when rendered, if the cell still shows the same molecule. */
    private static final class StructureCell extends TableCell<MoleculeRow, MoleculeRow> {
        private final DepictionCache depictions;
        private final MoleculeTableViewModel model;
        private final ImageView view = new ImageView();

        StructureCell(DepictionCache depictions,
                      MoleculeTableViewModel model, javafx.beans.value.ObservableValue<Boolean> compact) {
            this.depictions = depictions;
            this.model = model;
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.when(
                    javafx.beans.binding.BooleanExpression.booleanExpression(compact))
                    .then(IMAGE_WIDTH / 2.0).otherwise(IMAGE_WIDTH));
            view.fitHeightProperty().bind(javafx.beans.binding.Bindings.when(
                    javafx.beans.binding.BooleanExpression.booleanExpression(compact))
                    .then(IMAGE_HEIGHT / 2.0).otherwise(IMAGE_HEIGHT));
            view.setPreserveRatio(true);
        }

        @Override
        protected void updateItem(MoleculeRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Image ready = model.depiction(depictions, row.smiles(), IMAGE_WIDTH, IMAGE_HEIGHT, img -> {
                if (getItem() == row) {
                    view.setImage(img);
                }
            });
            view.setImage(ready);
            setGraphic(view);
        }
    }
}
