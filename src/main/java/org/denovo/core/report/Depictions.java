package org.denovo.core.report;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.denovo.core.chem.depict.Depictor;

/**
 * Structure drawings for the report, as inline SVG: CDK's SVG document with its prolog, namespaces, description and
 * element ids removed (ids would repeat between drawings on one page). Each SMILES is drawn once.
 */
final class Depictions {
    /** Longer SMILES are not drawn: laying out very large molecules takes long and shows little at this size. */
    static final int MAX_SMILES = 400;
    private static final Pattern PROLOG = Pattern.compile("(?s)^.*?(?=<svg)");
    private static final Pattern NOISE = Pattern.compile("(?s)<desc>.*?</desc>|\\s(?:xmlns(?::\\w+)?|id|version)='[^']*'");

    private final Depictor depictor = new Depictor();
    private final Map<String, String> drawn = new HashMap<>();

    /** The molecule as an inline {@code <svg>}, or a short note saying why it is not drawn. */
    String of(String smiles, int width, int height) {
        return drawn.computeIfAbsent(smiles + " " + width + "x" + height, key -> draw(smiles, width, height));
    }

    private String draw(String smiles, int width, int height) {
        if (smiles.isEmpty() || smiles.length() > MAX_SMILES) {
            return note(smiles.isEmpty() ? "no structure" : "too large to draw", width, height);
        }
        try {
            String svg = depictor.svg(smiles, width, height);
            svg = PROLOG.matcher(svg).replaceFirst("");
            svg = NOISE.matcher(svg).replaceAll("");
            return svg.replaceFirst("<svg", "<svg class=\"structure\" role=\"img\" aria-label=\"" + Html.escape(smiles) + "\"")
                    .strip();
        } catch (IllegalArgumentException | StackOverflowError e) {
            return note("cannot be drawn", width, height);
        }
    }

    private static String note(String text, int width, int height) {
        return "<div class=\"structure none\" style=\"width:" + width + "px;height:" + height + "px\">" + Html.escape(text)
                + "</div>";
    }
}
