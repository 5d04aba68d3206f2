package org.denovo.ui.viewer3d;

/**
 * 3D coordinates ready to show: a molfile block (explicit hydrogens) and how it was made.
 *
 * @param provisional a quick answer that failed its checks within the interactive time budget; {@link
 *     Structure3DBuilder#refine} may find better coordinates
 */
public record Structure3D(String molBlock, int atoms, String method, double milliseconds, boolean sane,
        boolean provisional) {
}
