import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * A Java agent for start-up measurements: prints "FIRSTFRAME N" when the first window's first frame has been
 * rendered, N in ms since the JVM started. It finds the window by polling and hooks JavaFX's own per-scene
 * performance tracker, so it works with any build, including builds older than the app's own log line.
 */
public final class FirstFrameAgent {
    private FirstFrameAgent() {
    }

    public static void premain(String args) {
        Thread poller = new Thread(FirstFrameAgent::hookFirstWindow, "first-frame-agent");
        poller.setDaemon(true);
        poller.start();
    }

    private static void hookFirstWindow() {
        try {
            ClassLoader loader = ClassLoader.getSystemClassLoader();
            while (true) {
                Class<?> window = load("javafx.stage.Window", loader);
                if (window != null) {
                    for (Object w : ((List<?>) window.getMethod("getWindows").invoke(null)).toArray()) {
                        Object scene = window.getMethod("getScene").invoke(w);
                        if (scene != null) {
                            Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker", true, loader);
                            Object sceneTracker = tracker.getMethod("getSceneTracker",
                                    Class.forName("javafx.scene.Scene", false, loader)).invoke(null, scene);
                            boolean[] reported = {false};
                            Runnable onFrame = () -> {
                                if (!reported[0]) {
                                    reported[0] = true;
                                    System.err.println("FIRSTFRAME " + ManagementFactory.getRuntimeMXBean().getUptime());
                                }
                            };
                            tracker.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(sceneTracker, onFrame);
                            return;
                        }
                    }
                }
                Thread.sleep(1);
            }
        } catch (ReflectiveOperationException | InterruptedException | RuntimeException e) {
            System.err.println("first-frame agent: " + e);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
