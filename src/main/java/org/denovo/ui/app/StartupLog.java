package org.denovo.ui.app;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Debug lines that time the window's start-up, in ms after the JVM started. */
final class StartupLog {
    private static final Logger LOG = LoggerFactory.getLogger(StartupLog.class);

    private StartupLog() {
    }

    static void mark(String phase) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} at {} ms", phase, sinceJvmStart());
        }
    }

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
