package org.denovo.ui.bench;

import org.denovo.ui.app.WorkbenchLauncher;

/** Starts {@link PulseBenchmark} from a class that does not extend Application, as the shaded jar needs. */
public final class PulseBenchmarkLauncher {
    private PulseBenchmarkLauncher() {
    }

    public static void main(String[] args) {
        WorkbenchLauncher.configureToolkit();
        PulseBenchmark.main(args);
        System.exit(0); // Jmol's hover thread is not a daemon
    }
}
