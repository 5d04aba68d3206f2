package org.denovo.core.library;

import java.time.Instant;

/** Identifies the process writing a run (PID and start time), so a later process can tell if it is still alive. */
record WriterProcess(long pid, long startedMillis) {
    static WriterProcess current() {
        ProcessHandle self = ProcessHandle.current();
        return new WriterProcess(self.pid(), startOf(self));
    }

    boolean alive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> startedMillis == 0 || Math.abs(startOf(p) - startedMillis) < 2000)
                .orElse(false);
    }

    private static long startOf(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
