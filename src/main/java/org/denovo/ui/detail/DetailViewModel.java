package org.denovo.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.chem.DrugLikenessRules;
import org.denovo.core.chem.MolecularProperties;
import org.denovo.core.chem.RuleVerdict;
import org.denovo.core.chem.alerts.AlertHit;
import org.denovo.core.score.ComponentScore;
import org.denovo.core.score.Score;
import org.denovo.ui.depict.DepictionCache;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.viewer3d.Viewer3DViewModel;
import org.denovo.ui.table.Verdicts;

/** The detail pane: the selected molecule's large depiction with alerts highlighted, properties, rules, score and 3D. */
public final class DetailViewModel {
    public static final int IMAGE_WIDTH = 460;
    public static final int IMAGE_HEIGHT = 340;
    private final DepictionCache depictions;
    private final Viewer3DViewModel viewer3d;
    private final ObjectProperty<MoleculeRow> row = new SimpleObjectProperty<>();
    private final ObjectProperty<Image> depiction = new SimpleObjectProperty<>();
    private final ObjectProperty<AlertHit> highlightedAlert = new SimpleObjectProperty<>();
    private final ObjectProperty<org.denovo.core.chem.SubstructureQuery> substructure = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("No molecule selected");
    private final StringProperty smiles = new SimpleStringProperty("");
    private final StringProperty scoreText = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<PropertyLine> properties = FXCollections.observableArrayList();
    private final ObservableList<RuleVerdict> rules = FXCollections.observableArrayList();
    private final ObservableList<ComponentScore> components = FXCollections.observableArrayList();
    private final ObservableList<AlertHit> alerts = FXCollections.observableArrayList();

    public DetailViewModel(DepictionCache depictions, Viewer3DViewModel viewer3d) {
        this.depictions = depictions;
        this.viewer3d = viewer3d;
        highlightedAlert.addListener((o, was, now) -> render());
        substructure.addListener((o, was, now) -> render());
    }

    public void show(MoleculeRow r) {
        row.set(r);
        highlightedAlert.set(null);
        note.unbind();
        note.set("");
        if (r != null) {
            note.bind(r.notesProperty());
        }
        if (r == null) {
            title.set("No molecule selected");
            smiles.set("");
            scoreText.set("");
            properties.clear();
            rules.clear();
            components.clear();
            alerts.clear();
            depiction.set(null);
            viewer3d.show(null, "");
            return;
        }
        AnalyzedMolecule m = r.molecule();
        title.set((r.name().isBlank() ? "Molecule" : r.name()) + (r.rankProperty().get() > 0
                ? "  ·  rank " + r.rankProperty().get() : "") + "  ·  " + m.formula());
        smiles.set(r.smiles());
        Score s = r.scored().score();
        scoreText.set(s.filtered() ? "filtered out by " + s.filteredBy()
                : Double.isNaN(s.total()) ? "score could not be computed" : String.format(Locale.ROOT, "score %.3f", s.total()));
        properties.setAll(propertyLines(r));
        rules.setAll(DrugLikenessRules.evaluate(m.properties()));
        components.setAll(s.components());
        alerts.setAll(r.alerts());
        render();
        viewer3d.show(r.smiles(), r.name());
    }

    private void render() {
        MoleculeRow r = row.get();
        if (r == null) {
            return;
        }
        AlertHit only = highlightedAlert.get();
        if (only == null && substructure.get() != null) { // a substructure search is on: its matches are marked
            Image ready = depictions.get(r.smiles(), IMAGE_WIDTH, IMAGE_HEIGHT, substructure.get(), img -> {
                if (row.get() == r) {
                    depiction.set(img);
                }
            });
            if (ready != null) {
                depiction.set(ready);
            }
            return;
        }
        List<int[]> marks = new ArrayList<>();
        for (AlertHit h : r.alerts()) {
            if (only == null || only.equals(h)) {
                marks.add(h.atoms());
            }
        }
        Image ready = depictions.get(r.smiles(), IMAGE_WIDTH, IMAGE_HEIGHT, marks, img -> {
            if (row.get() == r) {
                depiction.set(img);
            }
        });
        if (ready != null) {
            depiction.set(ready);
        }
    }

    static List<PropertyLine> propertyLines(MoleculeRow r) {
        MolecularProperties p = r.molecule().properties();
        List<PropertyLine> lines = new ArrayList<>();
        add(lines, r, "QED", Descriptor.QED, "%.3f");
        add(lines, r, "SA score", Descriptor.SA_SCORE, "%.2f");
        add(lines, r, "Mol. weight", Descriptor.MOL_WEIGHT, "%.1f");
        add(lines, r, "logP (Crippen)", Descriptor.CRIPPEN_LOGP, "%.2f");
        add(lines, r, "TPSA", Descriptor.TPSA, "%.1f Å²");
        add(lines, r, "H-bond donors", Descriptor.HBD, "%.0f");
        add(lines, r, "H-bond acceptors", Descriptor.HBA, "%.0f");
        add(lines, r, "Rotatable bonds", Descriptor.ROTATABLE_BONDS, "%.0f");
        add(lines, r, "Heavy atoms", Descriptor.HEAVY_ATOMS, "%.0f");
        add(lines, r, "Rings (aromatic)", Descriptor.RINGS, "%.0f");
        lines.set(lines.size() - 1, new PropertyLine("Rings (aromatic)", p.rings() + " (" + p.aromaticRings() + ")",
                lines.get(lines.size() - 1).verdict(), ""));
        add(lines, r, "Fraction sp3", Descriptor.FSP3, "%.2f");
        add(lines, r, "Stereocentres", Descriptor.STEREOCENTRES, "%.0f");
        add(lines, r, "Formal charge", Descriptor.FORMAL_CHARGE, "%+.0f");
        Boolean novel = r.novel();
        lines.add(new PropertyLine("Novel", novel == null ? "unknown" : novel ? "yes, not in the training set"
                : "no, in the training set", "", ""));
        return lines;
    }

    private static void add(List<PropertyLine> lines, MoleculeRow r, String label, Descriptor d, String format) {
        ComponentScore c = r.component(d);
        lines.add(new PropertyLine(label, String.format(Locale.ROOT, format, r.value(d)), Verdicts.of(c),
                c == null ? "" : String.format(Locale.ROOT, "desirability %.2f × weight %.1f", c.score(), c.weight())));
    }

    public ObjectProperty<MoleculeRow> rowProperty() {
        return row;
    }

    public ObjectProperty<Image> depictionProperty() {
        return depiction;
    }

    /** The substructure search whose matches are highlighted instead of the alerts; null for none. */
    public ObjectProperty<org.denovo.core.chem.SubstructureQuery> substructureProperty() {
        return substructure;
    }

    /** An alert picked in the list: only its atoms are highlighted; null highlights all alerts. */
    public ObjectProperty<AlertHit> highlightedAlertProperty() {
        return highlightedAlert;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty smilesProperty() {
        return smiles;
    }

    /** The selected molecule's note, following edits. */
    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty scoreTextProperty() {
        return scoreText;
    }

    public ObservableList<PropertyLine> properties() {
        return properties;
    }

    public ObservableList<RuleVerdict> rules() {
        return rules;
    }

    public ObservableList<ComponentScore> components() {
        return components;
    }

    public ObservableList<AlertHit> alerts() {
        return alerts;
    }

    public Viewer3DViewModel viewer3d() {
        return viewer3d;
    }
}
