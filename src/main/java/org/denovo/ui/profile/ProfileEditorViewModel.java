package org.denovo.ui.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.denovo.core.score.Aggregation;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileException;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.score.Transform;
import org.denovo.core.run.RescoreRun;
import org.denovo.core.library.Library;
import org.denovo.ui.task.TaskRunner;

/**
 * The scoring-profile editor: start from a profile, edit components (transform parameters, weights) and
 * filters, see each transform's curve, validate as you go, save under a new name, and re-score a run.
 */
public final class ProfileEditorViewModel {
    private static final ObjectMapper JSON = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA).build()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private final ProfileLoader profiles;
    private final TaskRunner runner;
    private final Library library;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>(Aggregation.GEOMETRIC);
    private final ObservableList<ComponentDraft> components = FXCollections.observableArrayList();
    private final ObservableList<FilterDraft> filters = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Profile> compiled = new SimpleObjectProperty<>();

    public ProfileEditorViewModel(ProfileLoader profiles, TaskRunner runner, Library library) {
        this.profiles = profiles;
        this.runner = runner;
        this.library = library;
    }

    /** The names of the built-in and saved profiles, to start from. */
    public java.util.List<String> available() {
        return profiles.available();
    }

    /** Fills the editor from a saved or built-in profile; the name gets a "-copy" suffix for built-ins. */
    public void startFrom(String profileName) {
        try {
            JsonNode root = JSON.readTree(profiles.source(profileName));
            String base = root.path("name").asText(profileName);
            name.set(ProfileLoader.BUILT_IN.contains(base) ? base + "-custom" : base);
            description.set(root.path("description").asText(""));
            aggregation.set(Aggregation.valueOf(root.path("aggregation").asText("geometric").toUpperCase(java.util.Locale.ROOT)));
            components.clear();
            root.path("components").forEach(c -> components.add(ComponentDraft.fromJson(c)));
            filters.clear();
            root.path("filters").forEach(f -> filters.add(FilterDraft.fromJson(f)));
            validate();
            status.set("");
        } catch (Exception e) {
            error.set("cannot read profile " + profileName + ": " + e.getMessage());
        }
    }

    /** The profile as a JSON document. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", name.get().strip());
        root.put("description", description.get());
        root.put("aggregation", aggregation.get().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode cs = root.putArray("components");
        components.forEach(c -> cs.add(c.toJson()));
        ArrayNode fs = root.putArray("filters");
        filters.forEach(f -> fs.add(f.toJson()));
        try {
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Re-reads the draft as a profile; sets {@link #errorProperty()} and returns false when it is not valid. */
    public boolean validate() {
        try {
            compiled.set(profiles.parse(json(), name.get().isBlank() ? "profile" : name.get()));
            error.set("");
            return true;
        } catch (ProfileException | IllegalArgumentException e) {
            compiled.set(null);
            error.set(e.getMessage());
            return false;
        }
    }

    /** The compiled transform of the component at {@code index}, for the curve; null while the draft is invalid. */
    public Transform transformOf(int index) {
        Profile p = compiled.get();
        return p == null || index < 0 || index >= p.components().size() ? null : p.components().get(index).transform();
    }

    public Path save() throws ProfileException {
        if (!validate()) {
            throw new ProfileException(name.get(), 0, error.get());
        }
        Path file = profiles.save(name.get(), json());
        status.set("saved " + file);
        return file;
    }

    /** Saves, then re-scores a stored run with this profile into a new run; {@code onDone} gets its id. */
    public void rescore(long runId, Consumer<Long> onDone, Consumer<Throwable> onError) {
        Profile p;
        try {
            save();
            p = profiles.load(name.get());
        } catch (ProfileException e) {
            onError.accept(e);
            return;
        }
        String source = json();
        runner.submit("Re-score run " + runId + " with " + p.name(), new RescoreRun(library, runId, p, source), id -> {
            status.set("re-scored into run " + id);
            onDone.accept(id);
        }, onError);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** How the components make the total, with their weights, e.g. "score = (qed² · sa_score · …)^(1/5)". */
    public String combination() {
        java.util.List<String> terms = new java.util.ArrayList<>();
        double total = 0;
        for (ComponentDraft c : components) {
            double w = c.weightProperty().get();
            String name = c.summary().split(" · ")[0];
            terms.add(aggregation.get() == Aggregation.GEOMETRIC
                    ? name + (w == 1 ? "" : "^" + ComponentDraft.num(w))
                    : (w == 1 ? "" : ComponentDraft.num(w) + "·") + name);
            total += w;
        }
        if (terms.isEmpty()) {
            return "no components: every molecule scores 1";
        }
        String t = ComponentDraft.num(total);
        return aggregation.get() == Aggregation.GEOMETRIC
                ? "score = (" + String.join(" × ", terms) + ")^(1/" + t + "), each a desirability in [0, 1]; a 0 makes the score 0"
                : "score = (" + String.join(" + ", terms) + ") / " + t + ", each a desirability in [0, 1]";
    }

    public ObjectProperty<Aggregation> aggregationProperty() {
        return aggregation;
    }

    public ObservableList<ComponentDraft> components() {
        return components;
    }

    public ObservableList<FilterDraft> filters() {
        return filters;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Profile> compiledProperty() {
        return compiled;
    }
}
