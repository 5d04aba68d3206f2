package org.denovo.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunSummary;
import org.denovo.ui.Settings;
import org.denovo.ui.WorkbenchServices;
import org.denovo.ui.main.MainWindow;
import org.denovo.ui.viewer3d.Structure3Ds;
import org.denovo.ui.table.MoleculeRow;
import org.denovo.ui.task.FxTaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening the app with a molecule file: which arguments count as one, and the file becomes a run shown at once. */
@ExtendWith(ApplicationExtension.class)
class LaunchFileTest {
    static Path dir;
    static WorkbenchServices services;
    static FxTaskRunner runner;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("denovo-launch-file");
        runner = new FxTaskRunner();
        Settings settings = new Settings();
        settings.modelDir = "src/test/resources/models/tiny";
        services = new WorkbenchServices(runner, Library.open(dir.resolve("library.db")), settings,
                dir.resolve(Settings.FILE_NAME));
        window = new MainWindow(services, Structure3Ds.builder());
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    @AfterAll
    static void close() {
        if (services != null) {
            services.close();
        }
        if (runner != null) {
            runner.close();
        }
    }

    @Test
    void oneMoleculeFileIsALaunchFile() {
        Path sdf = Path.of("leads.sdf").toAbsolutePath();
        assertEquals(Optional.of(sdf), LaunchFile.of(List.of("leads.sdf")));
        assertEquals(Optional.of(Path.of("/tmp/a b.smi")), LaunchFile.of(List.of("file:///tmp/a%20b.smi")));
        for (String name : List.of("x.sd", "x.mol", "x.smi", "x.sdf.gz")) {
            assertTrue(LaunchFile.of(List.of(name)).isPresent(), name);
        }
    }

    @Test
    void subcommandsOptionsAndOtherFilesAreNot() {
        for (List<String> args : List.of(List.<String>of(), List.of("--version"), List.of("score"),
                List.of("notes.pdf"), List.of("score", "--in", "x.sdf"), List.of("a.sdf", "b.sdf"), List.of("-x.sdf"))) {
            assertEquals(Optional.empty(), LaunchFile.of(args), args.toString());
        }
    }

    @Test
    void theFileIsImportedAsANewRunAndShown(FxRobot robot) throws Exception {
        Path file = dir.resolve("three leads.smi");
        Files.writeString(file, "CC(=O)Nc1ccc(O)cc1 paracetamol\nc1ccccc1 benzene\nnot_a_smiles broken\nCCO ethanol\n");
        robot.interact(() -> LaunchFile.importAndShow(LaunchFile.of(List.of(file.toString())).orElseThrow(), services,
                window.libraryModel(), stage));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.tableModel().allRows().size() == 3
                && window.libraryModel().runs().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        RunSummary run = window.libraryModel().runs().get(0);
        assertEquals("three leads.smi", run.name());
        assertEquals(RunKind.IMPORT, run.kind());
        assertEquals(run.id(), window.tableModel().runIdProperty().get(), "the new run is the one shown");
        assertEquals(java.util.Set.of("paracetamol", "benzene", "ethanol"), window.tableModel().allRows().stream()
                .map(MoleculeRow::name).collect(java.util.stream.Collectors.toSet()));
    }
}
