package org.denovo.ui.task;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the operating-system priority of the calling thread (Linux: nice 10 for that thread, unless it is
 * lower already), so that on a machine with few cores the JavaFX and render threads get a core as soon as
 * they need one, and long background work takes what is left. Threads the calling thread starts afterwards inherit it.
 * {@link Thread#setPriority} alone does nothing on Linux. Elsewhere this is a no-op.
 */
final class BackgroundPriority {
    static final int NICE = 10;
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
    private static final int PRIO_PROCESS = 0;

    private interface LibC extends Library {
        int gettid();

        int getpriority(int which, int who);

        int setpriority(int which, int who, int prio);
    }

    private static volatile LibC libc;
    private static volatile boolean unavailable = !com.sun.jna.Platform.isLinux();

    private BackgroundPriority() {
    }

    /** @return whether the priority was lowered */
    static boolean lowerCurrentThread() {
        if (unavailable) {
            return false;
        }
        try {
            LibC c = libc;
            if (c == null) {
                c = Native.load("c", LibC.class);
                libc = c;
            }
            int tid = c.gettid();
            return c.getpriority(PRIO_PROCESS, tid) >= NICE || c.setpriority(PRIO_PROCESS, tid, NICE) == 0;
        } catch (LinkageError | RuntimeException e) {
            unavailable = true;
            LOG.debug("background threads keep normal priority: {}", e.toString());
            return false;
        }
    }
}
