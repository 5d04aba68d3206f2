package org.denovo.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {
    @Test
    void lowersTheCallingThreadAndTheThreadsItStarts() throws Exception {
        assumeTrue(com.sun.jna.Platform.isLinux(), "Linux only");
        AtomicReference<int[]> nice = new AtomicReference<>();
        int before = niceOfCurrentThread();
        Thread t = new Thread(() -> {
            try {
                boolean lowered = BackgroundPriority.lowerCurrentThread();
                int own = niceOfCurrentThread();
                int[] child = new int[1];
                Thread c = new Thread(() -> {
                    try {
                        child[0] = niceOfCurrentThread();
                    } catch (Exception e) {
                        child[0] = Integer.MIN_VALUE;
                    }
                });
                c.start();
                c.join();
                nice.set(new int[] {lowered ? 1 : 0, own, child[0]});
            } catch (Exception e) {
                nice.set(new int[] {0, Integer.MIN_VALUE, Integer.MIN_VALUE});
            }
        });
        t.start();
        t.join();
        assertEquals(1, nice.get()[0], "setpriority succeeded");
        assertEquals(Math.max(before, BackgroundPriority.NICE), nice.get()[1]);
        assertEquals(nice.get()[1], nice.get()[2], "a thread it starts inherits the priority");
        assertEquals(before, niceOfCurrentThread(), "other threads keep theirs");
        assertTrue(nice.get()[1] >= BackgroundPriority.NICE);
    }

    /** Field 19 of /proc/thread-self/stat; the command name (field 2) may hold spaces, so count from its ')'. */
    private static int niceOfCurrentThread() throws Exception {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(after[16]);
    }
}
