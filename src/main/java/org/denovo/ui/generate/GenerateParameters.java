package org.denovo.ui.generate;

import java.util.function.Consumer;
import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.denovo.core.run.GenerateRequest;
import org.denovo.core.score.ProfileLoader;
import org.denovo.ui.WorkbenchServices;

/** The generate form's fields, and the request they make once checked. */
public final class GenerateParameters {
    public static final int MAX_COUNT = 1_000_000;
    private final WorkbenchServices services;
    private final IntegerProperty count = new SimpleIntegerProperty(1000);
    private final DoubleProperty temperature = new SimpleDoubleProperty(1.0);
    private final StringProperty seed = new SimpleStringProperty("");
    private final StringProperty prefix = new SimpleStringProperty("");
    private final StringProperty profile = new SimpleStringProperty(ProfileLoader.DEFAULT);
    private final ObservableList<String> profiles = FXCollections.observableArrayList();

    public GenerateParameters(WorkbenchServices services) {
        this.services = services;
        count.set(services.settings().count);
        temperature.set(services.settings().temperature);
        profile.set(services.settings().defaultProfile);
        refreshProfiles();
    }

    /** Re-reads the built-in and saved profile names (after the editor saved one). */
    public void refreshProfiles() {
        String keep = profile.get();
        profiles.setAll(services.profiles().available());
        profile.set(profiles.contains(keep) ? keep : ProfileLoader.DEFAULT);
    }

    /** The form as a request, remembered as the next defaults; or null, with the reason given to {@code problem}. */
    public GenerateRequest request(Consumer<String> problem) {
        int n = count.get();
        double t = temperature.get();
        if (n < 1 || n > MAX_COUNT) {
            problem.accept(String.format("count must be between 1 and %,d", MAX_COUNT));
            return null;
        }
        if (!(t > 0) || t > 5) {
            problem.accept("temperature must be above 0 and at most 5");
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
        services.settings().count = n;
        services.settings().temperature = t;
        String start = prefix.get() == null ? "" : prefix.get().strip();
        if (start.contains(" ")) {
            problem.accept("the prefix must be one SMILES start, without spaces");
            return null;
        }
        GenerateRequest plain = GenerateRequest.of(services.settings().modelDir, n, chosenSeed, t, profile.get(),
                services.settings().threads, "workbench generate");
        return new GenerateRequest(plain.model(), n, chosenSeed, t, plain.maxLength(), plain.batchSize(), start,
                plain.profile(), plain.threads(), null, plain.client(), null, false, true);
    }

    public IntegerProperty countProperty() { return count; }
    public DoubleProperty temperatureProperty() { return temperature; }
    public StringProperty seedProperty() { return seed; }
    /** The SMILES every sample starts from (a scaffold or fragment written first); blank for none. */
    public StringProperty prefixProperty() { return prefix; }
    public StringProperty profileProperty() { return profile; }
    public ObservableList<String> profiles() { return profiles; }
}
