package org.denovo;

import org.denovo.cli.DenovoCommand;
import org.denovo.ui.WorkbenchLauncher;

/** Entry point: no arguments opens the workbench window, anything else runs the CLI headless. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            WorkbenchLauncher.launch(args);
            return;
        }
        System.exit(DenovoCommand.run(args));
    }
}
