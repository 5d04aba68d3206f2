package org.denovo.ui.table;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.chem.alerts.AlertHit;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.score.ComponentScore;
import org.denovo.core.score.ScoredMolecule;

/** One molecule in the table: the immutable scored molecule plus its rank and what the user curates (star, rating, tags). */
public final class MoleculeRow {
    private final long id;
    private final long runId;
    private final ScoredMolecule scored;
    private final IntegerProperty rank;
    private final BooleanProperty starred;
    private final IntegerProperty rating;
    private final ObjectProperty<List<String>> tags;
    private final javafx.beans.property.StringProperty notes;

    public MoleculeRow(long id, long runId, ScoredMolecule scored, boolean starred, int rating, List<String> tags,
                       String notes) {
        this.id = id;
        this.runId = runId;
        this.scored = scored;
        this.rank = new SimpleIntegerProperty(scored.rank());
        this.starred = new SimpleBooleanProperty(starred);
        this.rating = new SimpleIntegerProperty(rating);
        this.tags = new SimpleObjectProperty<>(List.copyOf(tags));
        this.notes = new javafx.beans.property.SimpleStringProperty(notes == null ? "" : notes);
    }

    public static MoleculeRow of(LibraryMolecule m) {
        return new MoleculeRow(m.id(), m.runId(), m.scored(), m.starred(), m.rating(), m.tags(), m.notes());
    }

    /** The same molecule and curation, carrying {@code similarity} (to a search's query) for the Sim. column. */
    public MoleculeRow withSimilarity(double similarity) {
        var tagged = scored.molecule().withTags(java.util.Map.of("similarity",
                String.format(java.util.Locale.ROOT, "%.4f", similarity)));
        return new MoleculeRow(id, runId, new ScoredMolecule(tagged, scored.score(), scored.rank()), starred.get(),
                rating.get(), tags.get(), notes.get());
    }

    /** Library id. */
    public long id() {
        return id;
    }

    public long runId() {
        return runId;
    }

    public ScoredMolecule scored() {
        return scored;
    }

    public AnalyzedMolecule molecule() {
        return scored.molecule();
    }

    public String smiles() {
        return scored.molecule().smiles();
    }

    public String name() {
        return scored.molecule().molecule().name();
    }

    public double score() {
        return scored.score().total();
    }

    public boolean filteredOut() {
        return scored.score().filtered();
    }

    public double value(Descriptor d) {
        return d.valueOf(scored.molecule());
    }

    /** True or false when the model's training set was known, else null. */
    public Boolean novel() {
        String n = scored.molecule().tags().get("novel");
        return "1".equals(n) ? Boolean.TRUE : "0".equals(n) ? Boolean.FALSE : null;
    }

    /** Tanimoto to the lead, as an optimisation run recorded it; NaN for other molecules. */
    public double similarity() {
        try {
            String s = scored.molecule().tags().get("similarity");
            return s == null ? Double.NaN : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The optimisation round that made it (0 for a lead), or -1 for molecules outside optimisation runs. */
    public int round() {
        String r = scored.molecule().tags().get("round");
        if (r == null || !scored.molecule().tags().containsKey("parent")) {
            return -1;
        }
        try {
            return Integer.parseInt(r.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The canonical SMILES of the molecule it was made from; empty for a lead or outside optimisation runs. */
    public String parentSmiles() {
        return scored.molecule().tags().getOrDefault("parent", "");
    }

    /** What made it in an optimisation run ("completion", "mutate:atom" and the other graph edits, "lead"), or empty. */
    public String operation() {
        return scored.molecule().tags().getOrDefault("operation", "");
    }

    public List<AlertHit> alerts() {
        return scored.molecule().alerts().hits();
    }

    /** "PAINS, Brenk ×2" style summary of the alert sets that matched. */
    public String alertSummary() {
        return alerts().stream().collect(Collectors.groupingBy(AlertHit::set, java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream()
                .map(e -> e.getValue() > 1 ? e.getKey() + " ×" + e.getValue() : e.getKey())
                .collect(Collectors.joining(", "));
    }

    /** The profile component scored from this descriptor, if the profile has one. */
    public ComponentScore component(Descriptor d) {
        for (ComponentScore c : scored.score().components()) {
            if (c.name().equals(d.column())) {
                return c;
            }
        }
        return null;
    }

    public IntegerProperty rankProperty() {
        return rank;
    }

    public BooleanProperty starredProperty() {
        return starred;
    }

    /** From 1 to 5; 0 when not rated. */
    public IntegerProperty ratingProperty() {
        return rating;
    }

    public ObjectProperty<List<String>> tagsProperty() {
        return tags;
    }

    /** The chemist's note on this molecule in its run; empty when none. */
    public String notes() {
        return notes.get();
    }

    public javafx.beans.property.StringProperty notesProperty() {
        return notes;
    }

    /** The row as the library (and the exporters) see it, with the current curation. */
    public LibraryMolecule toLibraryMolecule() {
        return new LibraryMolecule(id, runId, scored.withRank(rank.get()), starred.get(), rating.get(), notes.get(), tags.get());
    }
}
