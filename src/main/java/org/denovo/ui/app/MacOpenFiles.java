package org.denovo.ui.app;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * On macOS a file opened from the Finder reaches the app as an "open file" event, not as an argument, and may
 * arrive before the window exists. The files are held until {@link #deliverTo} names what opens them. Elsewhere,
 * and where the desktop offers no such event, nothing happens (and AWT is not started).
 */
public final class MacOpenFiles {
    private static final List<Path> PENDING = new ArrayList<>();
    private static Consumer<Path> opener;

    private MacOpenFiles() {
    }

    /** Starts listening; call before the toolkit starts, so that the launch's own event is not missed. */
    public static void listen() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(e -> e.getFiles().forEach(f -> arrived(f.toPath())));
            }
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(MacOpenFiles.class).warn("files opened from the Finder will not be imported: {}",
                    e.toString());
        }
    }

    /** From now on each file goes to {@code open} (on the thread the event came on); held ones go at once. */
    public static synchronized void deliverTo(Consumer<Path> open) {
        opener = open;
        PENDING.forEach(open);
        PENDING.clear();
    }

    /** Files arriving from now on are held again (the window has closed). */
    public static synchronized void stopDelivering() {
        opener = null;
    }

    static synchronized void arrived(Path file) {
        if (opener == null) {
            PENDING.add(file);
        } else {
            opener.accept(file);
        }
    }
}
