package org.denovo.ui.tour;

/**
 * Starts a screenshot tour from a class that does not extend Application, as the shaded jar needs:
 * {@link GenerateRunTour} when the first argument is {@code generate-views}, else {@link ScreenshotTour}.
 */
public final class ScreenshotTourLauncher {
    private ScreenshotTourLauncher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("generate-views")) {
            GenerateRunTour.main(java.util.Arrays.copyOfRange(args, 1, args.length));
        } else {
            ScreenshotTour.main(args);
        }
    }
}
