package org.denovo.core.report;

import java.util.Locale;

/**
 * A small SVG writer for the report's charts: elements with escaped attributes and text, coordinates written with
 * one decimal. The result is an inline {@code <svg>} element for an HTML page (no XML prolog or namespaces needed).
 */
final class Svg {
    private final StringBuilder body = new StringBuilder(4096);
    private final double width;
    private final double height;
    private final String label;

    /** @param label what the chart shows, for screen readers and as its tooltip */
    Svg(double width, double height, String label) {
        this.width = width;
        this.height = height;
        this.label = label;
    }

    /** An empty element: its name, then attribute names and values in pairs. */
    Svg add(String name, Object... attributes) {
        body.append('<').append(name);
        attributes(attributes);
        body.append("/>");
        return this;
    }

    /** A text element; {@code text} is escaped. */
    Svg text(double x, double y, String text, Object... attributes) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        attributes(attributes);
        body.append('>').append(Html.escape(text)).append("</text>");
        return this;
    }

    /** Opens a group whose attributes (fill, stroke, opacity) its elements inherit. */
    Svg group(Object... attributes) {
        body.append("<g");
        attributes(attributes);
        body.append('>');
        return this;
    }

    Svg end() {
        body.append("</g>");
        return this;
    }

    /** A tooltip for the element opened last, as a title child: call between {@link #group} and {@link #end}. */
    Svg title(String text) {
        body.append("<title>").append(Html.escape(text)).append("</title>");
        return this;
    }

    /** A circle with an optional tooltip (shown on hover in every browser). */
    Svg circle(double cx, double cy, double r, String tooltip) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r)).append('"');
        if (tooltip == null) {
            body.append("/>");
        } else {
            body.append("><title>").append(Html.escape(tooltip)).append("</title></circle>");
        }
        return this;
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object v = attributes[i + 1];
            String value = v instanceof Double d ? n(d) : v instanceof Float f ? n(f) : String.valueOf(v);
            body.append(' ').append(attributes[i]).append("=\"").append(Html.escape(value)).append('"');
        }
    }

    /** A coordinate: at most one decimal, no trailing ".0". */
    static String n(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    @Override
    public String toString() {
        return "<svg class=\"chart\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\" width=\"" + n(width)
                + "\" height=\"" + n(height) + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\">"
                + "<title>" + Html.escape(label) + "</title>" + body + "</svg>";
    }
}
