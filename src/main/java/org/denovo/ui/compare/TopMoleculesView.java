package org.denovo.ui.compare;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.denovo.core.compare.RunStatistics;
import org.denovo.core.compare.TopMolecule;
import org.denovo.ui.depict.DepictionCache;

/** Each run's best molecules side by side, a column per run: structure, rank, score, similarity and round. */
public final class TopMoleculesView extends HBox {
    static final int WIDTH = 220;
    static final int HEIGHT = 150;
    private final DepictionCache depictions;

    public TopMoleculesView(DepictionCache depictions) {
        this.depictions = depictions;
        setSpacing(12);
        getStyleClass().add("top-molecules");
    }

    public void show(List<RunStatistics> runs, List<RunKey> keys) {
        getChildren().clear();
        for (int r = 0; r < runs.size(); r++) {
            Label header = RunSwatch.label(keys.get(r), keys.get(r).title());
            header.setMaxWidth(WIDTH + 8);
            header.setMinHeight(Region.USE_PREF_SIZE);
            VBox column = new VBox(6, header);
            column.getStyleClass().add("top-column");
            column.setPrefWidth(WIDTH + 14);
            column.setMinWidth(WIDTH + 14);
            if (runs.get(r).top().isEmpty()) {
                column.getChildren().add(new Label("no molecules"));
            }
            for (TopMolecule m : runs.get(r).top()) {
                column.getChildren().add(card(m));
            }
            getChildren().add(column);
        }
    }

    private VBox card(TopMolecule m) {
        ImageView structure = new ImageView();
        structure.setFitWidth(WIDTH);
        structure.setFitHeight(HEIGHT);
        structure.setPreserveRatio(true);
        structure.setImage(depictions.get(m.smiles(), WIDTH, HEIGHT, List.of(), structure::setImage));
        Label score = new Label("#" + m.rank() + " · " + (m.filtered() ? "filtered" : "score " + Figures.number(m.score(), 3)));
        score.getStyleClass().add("top-score");
        Label properties = new Label("QED " + Figures.number(m.qed(), 2) + " · SA " + Figures.number(m.saScore(), 1)
                + (Double.isFinite(m.similarity()) ? " · similarity " + Figures.number(m.similarity(), 2) : "")
                + (m.round() >= 0 ? " · round " + m.round() : ""));
        properties.setWrapText(true);
        VBox card = new VBox(2, structure, score, properties);
        if (!m.name().isBlank()) {
            Label name = new Label(m.name());
            name.setWrapText(true);
            card.getChildren().add(name);
        }
        Label smiles = new Label(m.smiles());
        smiles.getStyleClass().add("smiles");
        smiles.setWrapText(true);
        card.getChildren().add(smiles);
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxWidth(WIDTH + 12);
        card.getStyleClass().add("top-card");
        return card;
    }
}
