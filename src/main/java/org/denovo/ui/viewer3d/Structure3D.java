package org.denovo.ui.viewer3d;

/** 3D coordinates ready to show: a molfile block (explicit hydrogens) and how it was made. */
public record Structure3D(String molBlock, int atoms, String method, double milliseconds, boolean sane) {
}
