package org.denovo.ui.task;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Quitting cancels running work and waits for it, so the model it samples from is never closed under it. */
class FxTaskRunnerTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void cancelAndWaitReturnsOnlyWhenTheWorkHasEnded() throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        runner.submit("long work", context -> {
            started.countDown();
            try {
                while (true) {
                    context.checkCancelled();
                    Thread.sleep(5);
                }
            } finally {
                Thread.sleep(300); // e.g. the sampler thread being joined
                ended.set(true);
            }
        }, value -> { }, error -> { });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Thread.sleep(100); // the task is listed as running on the FX thread
        assertTrue(runner.cancelAndWait(Duration.ofSeconds(10)), "the work did not end");
        assertTrue(ended.get(), "cancelAndWait returned before the work ended");
        runner.close();
    }
}
