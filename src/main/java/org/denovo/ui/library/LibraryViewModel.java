package org.denovo.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.chem.QueryFingerprint;
import org.denovo.core.library.RunSummary;
import org.denovo.core.library.SearchHit;
import org.denovo.ui.task.TaskRunner;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.table.MoleculeTableViewModel;

/** The library browser: runs with their stats, curated views (starred, tagged) and library-wide searches. */
public final class LibraryViewModel {
    /** Tanimoto threshold of similarity searches started from the search box or "Similar in library". */
    public static final double SIMILARITY_THRESHOLD = 0.4;

    public static final int SEARCH_LIMIT = 5000;
    /** How to select the runs a comparison needs. */
    public static final String HOW_TO_SELECT_RUNS = "Select two or more runs in the library list to compare them:"
            + " Ctrl-click (⌘-click on a Mac) adds a run to the selection, Shift-click selects a range."
            + " Then choose Compare (Ctrl+Shift+K).";
    private final TaskRunner runner;
    private final Library library;
    private final MoleculeTableViewModel table;
    private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunSummary> selectedRun = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final javafx.beans.property.DoubleProperty similarityThreshold =
            new javafx.beans.property.SimpleDoubleProperty(SIMILARITY_THRESHOLD);
    /** The similarity search on show, run again when the threshold changes; null when none is on show. */
    private Runnable similarOnShow;

    public LibraryViewModel(TaskRunner runner, Library library, MoleculeTableViewModel table) {
        this.runner = runner;
        this.library = library;
        this.table = table;
        similarityThreshold.addListener((o, was, now) -> {
            if (similarOnShow != null && table.runIdProperty().get() == 0) {
                similarOnShow.run();
            }
        });
    }

    /** The Tanimoto threshold of similarity searches; changing it searches again when such results are on show. */
    public javafx.beans.property.DoubleProperty similarityThresholdProperty() {
        return similarityThreshold;
    }

    public void refresh() {
        runner.quietly(library::runs, list -> {
            RunSummary keep = selectedRun.get();
            List<RunSummary> newestFirst = new ArrayList<>(list);
            java.util.Collections.reverse(newestFirst);
            runs.setAll(newestFirst);
            if (keep != null) {
                newestFirst.stream().filter(r -> r.id() == keep.id()).findFirst().ifPresent(selectedRun::set);
            }
        }, this::failed);
    }

    /** A running run stored {@code added} more molecules: its line in the list shows the new count at once. */
    public void moleculesAdded(long runId, long added) {
        for (int i = 0; i < runs.size(); i++) {
            RunSummary r = runs.get(i);
            if (r.id() == runId) {
                RunSummary grown = r.withMolecules(r.molecules() + added);
                boolean selected = selectedRun.get() == r;
                runs.set(i, grown);
                if (selected) {
                    selectedRun.set(grown);
                }
                return;
            }
        }
    }

    /** Shows the run's molecules in the table, best first. */
    public void open(long runId) {
        RunSummary r = runs.stream().filter(x -> x.id() == runId).findFirst().orElse(null);
        String title = r == null ? "Run " + runId : r.name();
        load("Open " + title, MoleculeQuery.ofRun(runId), title, runId);
    }

    /** Opens the run again if the library still holds it (the run on show when the app last closed). */
    public void reopen(long runId) {
        if (runId > 0) {
            runner.quietly(() -> library.run(runId), run -> run.ifPresent(r -> open(r.id())), error -> { });
        }
    }

    public void openStarred() {
        load("Starred molecules", MoleculeQuery.all().onlyStarred(), "Starred molecules", 0);
    }

    public void openTag(String tag) {
        load("Tag " + tag, MoleculeQuery.all().withTag(tag.strip()), "Tagged " + tag.strip(), 0);
    }

    public void openAll() {
        load("All molecules", MoleculeQuery.all(), "Whole library", 0);
    }

    private void load(String what, MoleculeQuery query, String title, long runId) {
        status.set(what + "…");
        runner.submit(what, context -> {
            List<MoleculeRow> rows = new ArrayList<>();
            for (LibraryMolecule m : library.molecules(query)) {
                rows.add(MoleculeRow.of(m));
            }
            return rows;
        }, rows -> {
            table.show(title, runId, rows);
            status.set(String.format("%,d molecules", rows.size()));
        }, this::failed);
    }

    /**
     * The library search box: {@code ~SMILES} (a typed or pasted molecule) finds similar molecules, anything
     * else is a SMARTS or SMILES substructure.
     */
    public void search(String text) {
        String q = text == null ? "" : text.strip();
        if (q.startsWith("~")) {
            searchSimilarTo(q.substring(1).strip(), similarityThreshold.get());
        } else {
            searchSubstructure(q);
        }
    }

    /** ECFP4 similarity search around a SMILES; hits appear most similar first. */
    public void searchSimilarTo(String smiles, double min) {
        if (smiles == null || smiles.isBlank()) {
            status.set("type a SMILES after ~ to find similar molecules");
            return;
        }
        // an unreadable SMILES fails the task: its message goes to the status line and the table is kept
        searchSimilar("Similar to " + smiles, smiles, () -> QueryFingerprint.ecfp4(smiles), min);
    }

    /** SMARTS search over the whole library; hits appear in the table. */
    public void searchSubstructure(String smarts) {
        if (smarts == null || smarts.isBlank()) {
            status.set("type a SMARTS or SMILES to search for");
            return;
        }
        String q = smarts.strip();
        runner.submit("Substructure search " + q, context -> rowsOf(library.substructure(q, SEARCH_LIMIT)),
                rows -> {
                    table.show("Contains " + q, 0, rows);
                    try {
                        table.highlightProperty().set(org.denovo.core.chem.SubstructureQuery.compile(q));
                    } catch (IllegalArgumentException e) {
                        // the library accepted it, so it compiles; nothing to highlight otherwise
                    }
                    status.set(String.format("%,d molecules contain %s%s", rows.size(), q,
                            rows.size() >= SEARCH_LIMIT ? " (first " + SEARCH_LIMIT + ")" : ""));
                }, this::failed);
    }

    /** ECFP4 similarity search around a molecule of the table; hits appear most similar first. */
    public void searchSimilar(MoleculeRow around, double min) {
        searchSimilar("Similar to " + around.name(), around.name().isBlank() ? around.smiles() : around.name(),
                () -> around.molecule().ecfp4(), min);
    }

    private void searchSimilar(String taskName, String label, Supplier<Fingerprint> query, double min) {
        runner.submit(taskName, context -> similarRows(library.similar(query.get(), min, 500)), rows -> {
            table.show(String.format(Locale.ROOT, "Similar to %s (Tanimoto ≥ %.2f)", label, min), 0, rows);
            similarOnShow = () -> searchSimilar(taskName, label, query, similarityThreshold.get());
            status.set(String.format("%,d similar molecule%s", rows.size(), rows.size() == 1 ? "" : "s"));
        }, this::failed);
    }

    /** The hits as rows that carry their similarity to the query (shown in the table's Sim. column). */
    private List<MoleculeRow> similarRows(List<SearchHit> hits) throws Exception {
        List<MoleculeRow> rows = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            library.molecule(h.id()).ifPresent(m -> rows.add(MoleculeRow.of(m).withSimilarity(h.similarity())));
        }
        return rows;
    }

    private List<MoleculeRow> rowsOf(List<SearchHit> hits) throws Exception {
        List<MoleculeRow> rows = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            library.molecule(h.id()).ifPresent(m -> rows.add(MoleculeRow.of(m)));
        }
        return rows;
    }

    public void rename(RunSummary run, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        write(() -> library.renameRun(run.id(), name.strip()));
    }

    public void annotate(RunSummary run, String notes) {
        write(() -> library.noteRun(run.id(), notes == null ? "" : notes));
    }

    public void delete(RunSummary run) {
        write(() -> {
            library.deleteRun(run.id());
        });
        if (table.runIdProperty().get() == run.id()) {
            table.show("No run open", 0, List.of());
        }
    }

    private interface Write {
        void run() throws Exception;
    }

    private void write(Write w) {
        runner.quietly(() -> {
            w.run();
            return null;
        }, ok -> refresh(), this::failed);
    }

    private void failed(Throwable error) {
        status.set(error instanceof org.denovo.core.work.CancelledException ? "cancelled" : error.getMessage());
    }

    /** Why the selected runs cannot be compared (fewer than two), or empty when they can. */
    public static java.util.Optional<String> whyNotComparable(List<RunSummary> selected) {
        return switch (selected.size()) {
            case 0 -> java.util.Optional.of("No run is selected.");
            case 1 -> java.util.Optional.of("Only one run is selected: a comparison needs two or more.");
            default -> java.util.Optional.empty();
        };
    }

    /** The runs in the order a comparison shows them, left to right: oldest first (by id). */
    public static List<RunSummary> inComparisonOrder(List<RunSummary> selected) {
        return selected.stream().sorted(java.util.Comparator.comparingLong(RunSummary::id)).toList();
    }

    /**
     * "1,000 molecules · validity 0.96 · median 0.71 · 2026-11-26 21:40 · chembl-gru-v1"; a run that did not finish
     * starts with its status ("running · ", "cancelled · "), where a narrow list still shows it.
     */
    public static String describe(RunSummary r) {
        StringBuilder s = new StringBuilder();
        if (!r.status().id().equals("finished")) {
            s.append(r.status().id()).append(" · ");
        }
        s.append(String.format("%,d molecules", r.molecules()));
        if (!Double.isNaN(r.validity())) {
            s.append(String.format(Locale.ROOT, " · validity %.2f", r.validity()));
        }
        if (r.medianScore() != null) {
            s.append(String.format(Locale.ROOT, " · median %.2f", r.medianScore()));
        }
        s.append(" · ").append(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(java.time.Instant.ofEpochMilli(r.created()).atZone(java.time.ZoneId.systemDefault())));
        if (r.modelId() != null && !r.modelId().isBlank()) {
            s.append(" · ").append(r.modelId());
        }
        return s.toString();
    }

    public ObservableList<RunSummary> runs() {
        return runs;
    }

    public ObjectProperty<RunSummary> selectedRunProperty() {
        return selectedRun;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
