package org.denovo.ui.compare;

/**
 * A compared run as every part of the comparison view labels it: the same colour in the legend, the table's column
 * and every chart.
 *
 * @param label  "run 3"
 * @param name   the run's name in the library
 * @param colour a CSS colour, e.g. "#0072B2"
 */
public record RunKey(long id, String label, String name, String colour) {
    /** "run 3 · generate 1000 seed 5". */
    public String title() {
        return name.isBlank() ? label : label + " · " + name;
    }
}
