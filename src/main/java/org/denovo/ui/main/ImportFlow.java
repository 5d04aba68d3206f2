package org.denovo.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.denovo.core.work.CancelledException;
import org.denovo.ui.ErrorDialogs;
import org.denovo.ui.importing.ImportViewModel;

/** File › Import and files dropped on the window: asks once how to score them, then imports each as a new run. */
final class ImportFlow {
    private ImportFlow() {
    }

    static void chooseAndImport(Window owner, MainViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import molecules");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Molecule files", "*.sdf", "*.sd", "*.mol", "*.smi", "*.smiles", "*.csv",
                        "*.sdf.gz", "*.sd.gz", "*.smi.gz", "*.csv.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null) {
            importFiles(owner, model, files);
        }
    }

    static void importFiles(Window owner, MainViewModel model, List<File> files) {
        ImportViewModel importing = model.importing();
        List<Path> readable = importing.readable(files);
        if (readable.isEmpty()) {
            ErrorDialogs.show(owner, "Nothing to import", new IllegalArgumentException(importing.statusProperty().get()));
            return;
        }
        String profile = model.generate().parameters().profileProperty().get();
        ChoiceDialog<String> how = new ChoiceDialog<>(profile, importing.scoringChoices());
        how.initOwner(owner);
        how.setTitle("Import molecules");
        how.setHeaderText(readable.size() == 1 ? "Import " + readable.get(0).getFileName() + " as a new run"
                : "Import " + readable.size() + " files, each as a new run");
        how.setContentText("Score with");
        how.showAndWait().ifPresent(choice -> readable.forEach(file -> importing.importFile(file, choice, model::imported,
                error -> {
                    if (!(error instanceof CancelledException)) {
                        ErrorDialogs.show(owner, "Could not import " + file.getFileName(), error);
                    }
                })));
    }
}
