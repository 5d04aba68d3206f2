package org.denovo;

import org.denovo.cli.CompilerChoice;
import org.denovo.cli.DenovoCommand;
import org.denovo.ui.app.LaunchFile;
import org.denovo.ui.app.WorkbenchLauncher;

/**
 * Entry point: no arguments opens the workbench window, one molecule file opens it and imports the file, anything
 * else runs the CLI headless.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // CDK's own logger prints parser warnings ("SquarePlanar without 5 explicit neighbours") to stderr for odd
        // generated strings; every problem a user needs to see is reported by denovo itself
        if (System.getProperty("cdk.logging.level") == null) {
            System.setProperty("cdk.logging.level", "fatal");
        }
        if (args.length == 0 || LaunchFile.of(java.util.List.of(args)).isPresent()) {
            WorkbenchLauncher.launch(args);
            // the window is closed and the services are shut; Jmol's hover thread is not a daemon and would
            // keep the process alive
            System.exit(0);
        }
        System.exit(CompilerChoice.runHandedOver(args).orElseGet(() -> DenovoCommand.run(args)));
    }
}
