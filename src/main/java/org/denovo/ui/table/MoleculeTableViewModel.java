package org.denovo.ui.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.denovo.core.chem.MolBlocks;
import org.denovo.core.chem.SubstructureQuery;
import org.denovo.core.library.Library;
import org.denovo.ui.task.TaskRunner;

/**
 * The molecules on show: the rows of a run, a search or a live generation, with the filter, the quick
 * substructure search and sorting layered on top, plus starring, tagging and copying.
 */
public final class MoleculeTableViewModel {
    private final TaskRunner runner;
    private final Library library;
    private final ObservableList<MoleculeRow> rows = FXCollections.observableArrayList();
    private final FilteredList<MoleculeRow> filtered = new FilteredList<>(rows);
    private final SortedList<MoleculeRow> sorted = new SortedList<>(filtered);
    private final StringProperty title = new SimpleStringProperty("No run open");
    private final LongProperty runId = new SimpleLongProperty(0);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper searchStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObjectProperty<MoleculeRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Predicate<MoleculeRow>> brush = new SimpleObjectProperty<>(r -> true);
    private final ReadOnlyBooleanWrapper ranked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper lineage = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<SubstructureQuery> highlight = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper similarities = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper manyRuns = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper mixNote = new ReadOnlyStringWrapper("");
    private final javafx.collections.ObservableMap<Long, org.denovo.core.library.RunSummary> runs =
            FXCollections.observableHashMap();
    private RowFilter filter = RowFilter.ALL;
    private Set<MoleculeRow> searchMatches;
    private int searchGeneration;

    public MoleculeTableViewModel(TaskRunner runner, Library library) {
        this.runner = runner;
        this.library = library;
        filterText.addListener((o, was, now) -> applyFilterText(now));
        brush.addListener((o, was, now) -> refilter());
        rows.addListener((javafx.collections.ListChangeListener<MoleculeRow>) c -> updateCounts());
        filtered.addListener((javafx.collections.ListChangeListener<MoleculeRow>) c -> updateCounts());
        updateCounts();
    }

    /** Replaces the rows, e.g. with an opened run or search results; filter text stays as typed. */
    public void show(String newTitle, long newRunId, List<MoleculeRow> newRows) {
        title.set(newTitle);
        runId.set(newRunId);
        searchMatches = null;
        searchText.set("");
        searchStatus.set("");
        highlight.set(null);
        boolean nowRanked = isRanking(newRunId, newRows);
        if (!nowRanked) {
            ranked.set(false); // before the rows change, so they are not sorted by a rank they do not have
        }
        rows.setAll(newRows);
        ranked.set(nowRanked);
        lineage.set(newRows.stream().anyMatch(r -> r.round() >= 0));
        similarities.set(newRows.stream().anyMatch(r -> !Double.isNaN(r.similarity())));
        updateRunMix();
    }

    /** Adds rows that just arrived (a generation batch). */
    public void append(Collection<MoleculeRow> more) {
        if (!isRanking(runId.get(), more)) {
            ranked.set(false);
        }
        rows.addAll(more);
        if (!lineage.get() && more.stream().anyMatch(r -> r.round() >= 0)) {
            lineage.set(true);
        }
        if (!similarities.get() && more.stream().anyMatch(r -> !Double.isNaN(r.similarity()))) {
            similarities.set(true);
        }
        if (!more.isEmpty() && more.stream().anyMatch(r -> rows.isEmpty() || r.runId() != rows.get(0).runId())) {
            updateRunMix();
        }
        if (searchMatches != null) {
            runSearch(searchText.get());
        }
    }

    /** Sets ranks (library id to rank) once the library has ranked a finished run. */
    public void applyRanks(Map<Long, Integer> ranks) {
        ranked.set(false); // the order by rank changes under the rows
        for (MoleculeRow r : rows) {
            Integer rank = ranks.get(r.id());
            if (rank != null) {
                r.rankProperty().set(rank);
            }
        }
        ranked.set(isRanking(runId.get(), rows));
    }

    /**
     * Whether the rows on show are a run's molecules, each with its rank in the run, so that ordered by rank they
     * are the run's ranking, best first. False for a run still generating, searches and the library-wide views.
     */
    public ReadOnlyBooleanProperty rankedProperty() {
        return ranked.getReadOnlyProperty();
    }

    /** Whether rows on show came from an optimisation run (they have a round, a parent and a similarity to the lead). */
    public ReadOnlyBooleanProperty lineageProperty() {
        return lineage.getReadOnlyProperty();
    }

    /**
     * The substructure whose matches the depictions highlight: the table's search, or the library search that
     * found the rows; null for none.
     */
    public ObjectProperty<SubstructureQuery> highlightProperty() {
        return highlight;
    }

    /** Changes when the highlighted substructure does, for views that draw it. */
    public javafx.beans.Observable highlightChanges() {
        return highlight;
    }

    /** A row's depiction from {@code cache}, with the highlighted substructure's matches marked (see {@link DepictionCache#get}). */
    public javafx.scene.image.Image depiction(org.denovo.ui.depict.DepictionCache cache, String smiles, int width, int height,
                                              java.util.function.Consumer<javafx.scene.image.Image> onReady) {
        return cache.get(smiles, width, height, highlight.get(), onReady);
    }

    /** The library's runs by id, kept current by the library panel: names the source run of each row. */
    public javafx.collections.ObservableMap<Long, org.denovo.core.library.RunSummary> runs() {
        return runs;
    }

    /** Whether the rows on show come from more than one run (the whole library, starred molecules, searches). */
    public ReadOnlyBooleanProperty manyRunsProperty() {
        return manyRuns.getReadOnlyProperty();
    }

    /** For rows of several runs: that ranks and scores are each run's own, and under which profiles; else empty. */
    public ReadOnlyStringProperty mixNoteProperty() {
        return mixNote.getReadOnlyProperty();
    }

    /** The name of a row's run, for the Run column. */
    public String runName(MoleculeRow row) {
        var run = runs.get(row.runId());
        return run == null ? "run " + row.runId() : run.name();
    }

    private void updateRunMix() {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        for (MoleculeRow r : rows) {
            ids.add(r.runId());
        }
        manyRuns.set(ids.size() > 1);
        if (ids.size() <= 1) {
            mixNote.set("");
            return;
        }
        java.util.Set<String> profiles = new java.util.TreeSet<>();
        for (long id : ids) {
            var run = runs.get(id);
            String p = run == null ? "" : org.denovo.core.library.ExchangeFields.profileOf(run);
            profiles.add(p.isBlank() ? "no profile" : p);
        }
        mixNote.set(String.format("from %d runs: rank and score are each run's own%s", ids.size(),
                profiles.size() > 1 ? " (profiles " + String.join(", ", profiles) + ": not comparable)"
                        : " (profile " + profiles.iterator().next() + ")"));
    }

    /** Whether rows on show carry a similarity (to an optimisation's lead or a similarity search's query). */
    public ReadOnlyBooleanProperty similaritiesProperty() {
        return similarities.getReadOnlyProperty();
    }

    /** The row on show with this canonical SMILES in the run on show, or null. */
    public MoleculeRow rowOf(String smiles) {
        for (MoleculeRow r : rows) {
            if (r.smiles().equals(smiles)) {
                return r;
            }
        }
        return null;
    }

    private static boolean isRanking(long runId, Collection<MoleculeRow> rows) {
        return runId > 0 && !rows.isEmpty() && rows.stream().allMatch(r -> r.rankProperty().get() > 0);
    }

    private void applyFilterText(String text) {
        try {
            filter = RowFilter.parse(text);
            filterError.set("");
        } catch (IllegalArgumentException e) {
            filterError.set(e.getMessage());
            return;
        }
        refilter();
    }

    private void refilter() {
        RowFilter f = filter;
        Set<MoleculeRow> matches = searchMatches;
        Predicate<MoleculeRow> b = brush.get();
        filtered.setPredicate(r -> f.predicate().test(r) && b.test(r) && (matches == null || matches.contains(r)));
    }

    /** Keeps rows containing the SMARTS (or SMILES) substructure; blank text clears the search. */
    public void search(String smarts) {
        searchText.set(smarts == null ? "" : smarts);
        runSearch(searchText.get());
    }

    private void runSearch(String smarts) {
        int generation = ++searchGeneration;
        if (smarts.isBlank()) {
            searchMatches = null;
            highlight.set(null);
            searchStatus.set("");
            refilter();
            return;
        }
        SubstructureQuery query;
        try {
            query = SubstructureQuery.compile(smarts.strip());
        } catch (IllegalArgumentException e) {
            searchStatus.set("not a valid SMARTS: " + e.getMessage());
            return;
        }
        List<MoleculeRow> snapshot = new ArrayList<>(rows);
        searchStatus.set("searching " + String.format("%,d", snapshot.size()) + " molecules…");
        runner.quietly(() -> {
            Set<MoleculeRow> hits = new HashSet<>();
            for (MoleculeRow r : snapshot) {
                if (query.mayMatchKeys(r.molecule().substructureKeys().words()) && query.matchesCanonical(r.smiles())) {
                    hits.add(r);
                }
            }
            return hits;
        }, hits -> {
            if (generation == searchGeneration) {
                searchMatches = hits;
                highlight.set(query);
                searchStatus.set(String.format("%,d contain it", hits.size()));
                refilter();
            }
        }, error -> searchStatus.set("search failed: " + error.getMessage()));
    }

    /** Stars the rows, or unstars them when every one is starred already, and stores the change. */
    public void toggleStar(List<MoleculeRow> which) {
        if (!which.isEmpty()) {
            star(which, !which.stream().allMatch(r -> r.starredProperty().get()));
        }
    }

    /** Stars or unstars the rows and stores the change in the library. */
    public void star(List<MoleculeRow> which, boolean starred) {
        for (MoleculeRow r : which) {
            r.starredProperty().set(starred);
        }
        List<Long> ids = stored(which);
        persist(() -> library.star(ids, starred));
        refilter(); // under a "starred" filter an unstarred row leaves the view at once
    }

    /** Rates the rows from 1 to 5 (0 clears the rating) and stores it in the library. */
    public void rate(List<MoleculeRow> which, int rating) {
        for (MoleculeRow r : which) {
            r.ratingProperty().set(rating);
        }
        List<Long> ids = stored(which);
        persist(() -> library.rate(ids, rating));
        refilter();
    }

    /** Sets the note of one molecule (empty clears it) and stores it in the library. */
    public void note(MoleculeRow row, String text) {
        String note = text == null ? "" : text.strip();
        row.notesProperty().set(note);
        if (row.id() > 0) {
            persist(() -> library.noteMolecule(row.id(), note));
        }
        refilter();
    }

    private static List<Long> stored(List<MoleculeRow> which) {
        return which.stream().map(MoleculeRow::id).filter(id -> id > 0).toList();
    }

    /** Adds a tag (or removes it, when every row already has it) and stores the change. */
    public void toggleTag(List<MoleculeRow> which, String tag) {
        String t = tag.strip();
        if (t.isEmpty() || which.isEmpty()) {
            return;
        }
        boolean remove = which.stream().allMatch(r -> r.tagsProperty().get().contains(t));
        for (MoleculeRow r : which) {
            List<String> tags = new ArrayList<>(r.tagsProperty().get());
            if (remove) {
                tags.remove(t);
            } else if (!tags.contains(t)) {
                tags.add(t);
            }
            r.tagsProperty().set(List.copyOf(tags));
        }
        List<Long> ids = stored(which);
        persist(() -> {
            if (remove) {
                library.untag(ids, t);
            } else {
                library.tag(ids, t);
            }
        });
        refilter();
    }

    private interface LibraryWrite {
        void run() throws Exception;
    }

    private void persist(LibraryWrite write) {
        runner.quietly(() -> {
            write.run();
            return null;
        }, ok -> { }, error -> searchStatus.set("could not save to the library: " + error.getMessage()));
    }

    /** Canonical SMILES with names, one per line, for the clipboard. */
    public static String smilesText(List<MoleculeRow> which) {
        StringBuilder s = new StringBuilder();
        for (MoleculeRow r : which) {
            s.append(r.smiles());
            if (!r.name().isBlank()) {
                s.append(' ').append(r.name());
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** Molfiles (2D) of the rows, joined as an SD file without data fields. */
    public static String molfileText(List<MoleculeRow> which) throws Exception {
        MolBlocks blocks = new MolBlocks();
        StringBuilder s = new StringBuilder();
        for (MoleculeRow r : which) {
            s.append(blocks.molBlock(r.smiles(), r.name()));
            if (which.size() > 1) {
                s.append("$$$$\n");
            }
        }
        return s.toString();
    }

    /** Makes the rows' molfiles off the FX thread; {@code onText} gets them on it. */
    public void molfiles(List<MoleculeRow> which, java.util.function.Consumer<String> onText,
                         java.util.function.Consumer<Throwable> onError) {
        runner.quietly(() -> molfileText(which), onText, onError);
    }

    private void updateCounts() {
        counts.set(filtered.size() == rows.size() ? String.format("%,d molecules", rows.size())
                : String.format("%,d of %,d shown", filtered.size(), rows.size()));
    }

    public SortedList<MoleculeRow> sortedRows() {
        return sorted;
    }

    public ObservableList<MoleculeRow> allRows() {
        return rows;
    }

    public List<MoleculeRow> visibleRows() {
        return new ArrayList<>(sorted);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public LongProperty runIdProperty() {
        return runId;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyStringProperty searchStatusProperty() {
        return searchStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ObjectProperty<MoleculeRow> selectedProperty() {
        return selected;
    }

    /** An extra predicate from a chart brush; {@code r -> true} clears it. */
    public ObjectProperty<Predicate<MoleculeRow>> brushProperty() {
        return brush;
    }
}
