package org.denovo.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.denovo.core.io.RecordFormat;
import org.denovo.core.run.LibraryImport;
import org.denovo.core.run.ScoreRun;
import org.denovo.core.score.Profile;
import org.denovo.ui.WorkbenchServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Importing the chemist's own molecule files (SD, SMILES, CSV, also gzipped) into the library as new runs: scored
 * with a chosen profile (a score run), or kept with the scores and curation the file carries (an import run).
 */
public final class ImportViewModel {
    /** What the profile choice offers besides the profiles: keep the file's own scores and fields. */
    public static final String KEEP_FILE_SCORES = "keep the file's scores (no profile)";
    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);
    private final WorkbenchServices services;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ImportViewModel(WorkbenchServices services) {
        this.services = services;
    }

    /** The files of a drop or a chooser that the app can read, by their extension; the rest are named in the status. */
    public List<Path> readable(List<File> files) {
        List<Path> ok = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (File f : files) {
            try {
                if (f.isFile()) {
                    RecordFormat.of(f.toPath());
                    ok.add(f.toPath().toAbsolutePath());
                    continue;
                }
            } catch (IllegalArgumentException e) {
                // not a molecule file
            }
            refused.add(f.getName());
        }
        if (!refused.isEmpty()) {
            status.set("cannot import " + String.join(", ", refused) + ": use SD (.sdf, .sd, .mol), SMILES (.smi, .txt) or"
                    + " CSV files, also gzipped");
        }
        return ok;
    }

    /** The choices for scoring an import: each profile, then keeping the file's scores. */
    public List<String> scoringChoices() {
        List<String> choices = new ArrayList<>(services.profiles().available());
        choices.add(KEEP_FILE_SCORES);
        return choices;
    }

    /**
     * Imports {@code file} in the background as a new run: scored with {@code choice} (a profile name), or as is
     * for {@link #KEEP_FILE_SCORES}. {@code onStored} gets the new run's id on the UI thread.
     */
    public void importFile(Path file, String choice, Consumer<Long> onStored, Consumer<Throwable> onFailure) {
        String name = file.getFileName().toString();
        int threads = services.settings().threads;
        List<String> skipped = new ArrayList<>();
        if (KEEP_FILE_SCORES.equals(choice)) {
            services.runner().submit("Import " + name, new LibraryImport(services.library(), file, name, threads,
                    skipped::add), summary -> {
                        status.set(String.format("imported %s: %,d stored, %,d skipped", name, summary.stored(),
                                summary.skipped()));
                        onStored.accept(summary.runId());
                    }, onFailure);
            return;
        }
        Profile profile;
        try {
            profile = services.profiles().load(choice);
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        services.runner().submit("Import and score " + name, context -> new ScoreRun(file, null, profile, 0, threads,
                message -> LOG.info("{}: skipped {}", name, message)).storedIn(services.library(),
                name + " (" + profile.name() + ")", choice).run(context), result -> {
                    status.set(String.format("imported %s scored with %s: %,d stored, %,d skipped", name, profile.name(),
                            result.ranked().size(), result.summary().skipped()));
                    onStored.accept(result.runId());
                }, onFailure);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
