package org.denovo.ui.viewer3d;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.denovo.ui.task.TaskRunner;

/** The 3D tab: builds coordinates for the selected molecule in the background, and holds the display options. */
public final class Viewer3DViewModel {
    private final TaskRunner runner;
    private final Structure3DBuilder builder;
    private final ObjectProperty<Structure3D> structure = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("Select a molecule to see it in 3D");
    private final ObjectProperty<DisplayStyle> style = new SimpleObjectProperty<>(DisplayStyle.BALL_AND_STICK);
    private final BooleanProperty hydrogens = new SimpleBooleanProperty(true);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final java.util.concurrent.atomic.AtomicInteger latest = new java.util.concurrent.atomic.AtomicInteger();
    private String title = "";
    private String smiles;
    private String built;

    public Viewer3DViewModel(TaskRunner runner, Structure3DBuilder builder) {
        this.runner = runner;
        this.builder = builder;
        active.addListener((o, was, now) -> {
            if (now) {
                build();
            }
        });
    }

    /**
     * Shows the molecule; null clears the view. Coordinates are built only while the view is active (its tab is
     * showing), and a newer molecule supersedes one still waiting to be built.
     */
    public void show(String newSmiles, String name) {
        smiles = newSmiles;
        title = name == null ? "" : name;
        latest.incrementAndGet();
        built = null;
        structure.set(null);
        if (newSmiles == null) {
            status.set("Select a molecule to see it in 3D");
            return;
        }
        status.set("Building 3D coordinates…");
        if (active.get()) {
            build();
        }
    }

    private void build() {
        String target = smiles;
        if (target == null || target.equals(built)) {
            return;
        }
        built = target;
        int mine = latest.get();
        runner.quietly(() -> latest.get() == mine ? builder.build(target) : null, s -> {
            if (s == null || mine != latest.get()) {
                return;
            }
            show(s);
            if (s.provisional()) {
                status.set(status.get() + " · trying harder…");
                runner.quietly(() -> latest.get() == mine ? builder.refine(target) : null, better -> {
                    if (better != null && mine == latest.get()) {
                        show(better);
                    }
                }, error -> {
                    if (mine == latest.get()) {
                        show(s);
                    }
                });
            }
        }, error -> {
            if (mine == latest.get()) {
                built = null;
                status.set("No 3D coordinates: " + error.getMessage());
            }
        });
    }

    private void show(Structure3D s) {
        structure.set(s);
        status.set(String.format(Locale.ROOT, "%d atoms · %s · %.0f ms%s", s.atoms(), s.method(),
                s.milliseconds(), s.sane() ? "" : " · geometry check failed, shown anyway"));
    }

    /** Loads the 3D generators' data (about half a second) in the background, so the first molecule is quick. */
    public void warmUp() {
        runner.warmUp(() -> {
            try {
                builder.warmUp();
            } catch (Exception e) {
                // the first structure is then built cold
            }
        });
    }

    /** Writes the shown structure as MOL, or SDF when the name ends in .sdf. */
    public void save(Path file) throws IOException {
        Structure3D s = structure.get();
        if (s == null) {
            throw new IOException("there is no 3D structure to save yet");
        }
        String block = s.molBlock();
        if (!title.isBlank() && block.indexOf('\n') >= 0) {
            block = title.replace('\n', ' ') + block.substring(block.indexOf('\n'));
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sdf")) {
            block = block + (block.endsWith("\n") ? "" : "\n") + "$$$$\n";
        }
        Files.writeString(file, block, StandardCharsets.UTF_8);
    }

    /** Whether the 3D view is on screen; coordinates are built only then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ObjectProperty<Structure3D> structureProperty() {
        return structure;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<DisplayStyle> styleProperty() {
        return style;
    }

    public BooleanProperty hydrogensProperty() {
        return hydrogens;
    }
}
