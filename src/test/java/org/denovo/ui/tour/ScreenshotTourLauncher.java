package org.denovo.ui.tour;

/** Starts {@link ScreenshotTour} from a class that does not extend Application, as the shaded jar needs. */
public final class ScreenshotTourLauncher {
    private ScreenshotTourLauncher() {
    }

    public static void main(String[] args) {
        ScreenshotTour.main(args);
    }
}
