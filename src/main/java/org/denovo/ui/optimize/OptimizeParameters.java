package org.denovo.ui.optimize;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.denovo.core.optimize.OptimizeSettings;
import org.denovo.core.run.OptimizeRequest;
import org.denovo.ui.Settings;

/** The optimise form's fields, and the request they make once checked. */
public final class OptimizeParameters {
    public static final int MAX_BUDGET = 100_000;
    private final Settings settings;
    private final ObservableList<String> profiles;
    private final StringProperty lead = new SimpleStringProperty("");
    private final StringProperty keep = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty keepScaffold = new javafx.beans.property.SimpleBooleanProperty(false);
    private final StringProperty profile = new SimpleStringProperty("qed");
    private final DoubleProperty minSimilarity = new SimpleDoubleProperty(OptimizeSettings.DEFAULT_MIN_SIMILARITY);
    private final IntegerProperty budget = new SimpleIntegerProperty(OptimizeSettings.DEFAULT_BUDGET);
    private final StringProperty seed = new SimpleStringProperty("");

    /** {@code profiles} is the window's list of profile names (built-in and saved), shared with the generate panel. */
    public OptimizeParameters(Settings settings, ObservableList<String> profiles) {
        this.settings = settings;
        this.profiles = profiles;
        profile.set(settings.defaultProfile);
    }

    /** The form as a request, or null, with the reason given to {@code problem}. */
    public OptimizeRequest request(Consumer<String> problem) {
        String smiles = lead.get() == null ? "" : lead.get().strip();
        if (smiles.isEmpty()) {
            problem.accept("give a lead: select a molecule and press From selection, paste a SMILES, or draw one");
            return null;
        }
        if (smiles.contains(" ") || smiles.contains("\n")) {
            problem.accept("the lead must be one SMILES, without spaces");
            return null;
        }
        int n = budget.get();
        if (n < 10 || n > MAX_BUDGET) {
            problem.accept(String.format("budget must be between 10 and %,d molecules", MAX_BUDGET));
            return null;
        }
        double sim = minSimilarity.get();
        if (!(sim >= 0 && sim <= 1)) {
            problem.accept("minimum similarity must be between 0 and 1");
            return null;
        }
        String s = seed.get() == null ? "" : seed.get().strip();
        Long chosenSeed;
        try {
            chosenSeed = s.isEmpty() ? null : Long.parseLong(s);
        } catch (NumberFormatException e) {
            problem.accept("seed must be a whole number, or blank for a random one");
            return null;
        }
        try {
            return new OptimizeRequest(List.of(smiles), null, settings.modelDir,
                    profile.get(), sim, keepScaffold.get() ? "" : keep.get(), keepScaffold.get(), n, chosenSeed, settings.threads, null, "workbench optimize", null);
        } catch (IllegalArgumentException e) {
            problem.accept(e.getMessage());
            return null;
        }
    }

    public StringProperty leadProperty() { return lead; }
    public StringProperty keepProperty() { return keep; }
    /** Every reported molecule keeps the lead's Bemis–Murcko scaffold (instead of the kept SMARTS). */
    public javafx.beans.property.BooleanProperty keepScaffoldProperty() { return keepScaffold; }
    public StringProperty profileProperty() { return profile; }
    public DoubleProperty minSimilarityProperty() { return minSimilarity; }
    public IntegerProperty budgetProperty() { return budget; }
    public StringProperty seedProperty() { return seed; }
    public ObservableList<String> profiles() { return profiles; }
}
