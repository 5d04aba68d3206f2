package org.denovo.core.compare;

/** A molecule placed on a chart: its coordinates and its canonical SMILES. */
public record Point(double x, double y, String smiles) {
}
