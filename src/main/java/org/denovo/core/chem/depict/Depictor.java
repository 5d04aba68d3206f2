package org.denovo.core.chem.depict;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObject;

/**
 * The one adapter from CDK depiction to AWT images and SVG; nothing else in core touches AWT.
 * Highlights are atom-index sets (e.g. alert matches) on the molecule as parsed from its canonical SMILES;
 * bonds between two highlighted atoms of the same set are highlighted too. Safe to share between threads.
 */
public final class Depictor {
    private static final Color HIGHLIGHT = new Color(0xE0, 0x4F, 0x1A);
    /** Pixels around a depiction with highlights (CDK's default is 4). */
    private static final double HIGHLIGHT_MARGIN = 14;

    /**
     * Renders canonical SMILES (as stored by this app) at {@code width x height} pixels.
     *
     * @throws CDKException when the SMILES cannot be read or laid out
     */
    public BufferedImage depict(String canonicalSmiles, int width, int height, Collection<int[]> highlights)
            throws CDKException {
        IAtomContainer mol = Molecules.parseCanonicalSmiles(canonicalSmiles);
        List<IChemObject> marked = new ArrayList<>();
        for (int[] atoms : highlights) {
            java.util.Set<IAtom> set = new java.util.HashSet<>();
            for (int i : atoms) {
                if (i >= 0 && i < mol.getAtomCount()) {
                    set.add(mol.getAtom(i));
                }
            }
            marked.addAll(set);
            for (IBond b : mol.bonds()) {
                if (set.contains(b.getBegin()) && set.contains(b.getEnd())) {
                    marked.add(b);
                }
            }
        }
        DepictionGenerator generator = new DepictionGenerator()
                .withSize(width, height)
                .withFillToFit()
                .withAtomColors()
                .withBackgroundColor(Color.WHITE);
        if (!marked.isEmpty()) {
            // the glow reaches past the atom labels: without the wider margin it was cut at the image's edge
            generator = generator.withHighlight(marked, HIGHLIGHT).withOuterGlowHighlight(6.0).withMargin(HIGHLIGHT_MARGIN);
        }
        return generator.depict(mol).toImg();
    }

    /**
     * Renders canonical SMILES (as stored by this app) as an SVG document of {@code width x height} pixels, atom labels
     * drawn as outlines (no fonts needed to show it). Molecules are drawn at one bond length, shrunk only when they
     * would not fit, so that drawings side by side share a scale.
     *
     * @throws IllegalArgumentException when the SMILES cannot be read or laid out
     */
    public String svg(String canonicalSmiles, int width, int height) {
        try {
            IAtomContainer mol = Molecules.parseCanonicalSmiles(canonicalSmiles);
            return new DepictionGenerator().withSize(width, height).withAtomColors()
                    .withBackgroundColor(Color.WHITE).depict(mol).toSvgStr("px");
        } catch (CDKException | RuntimeException e) {
            throw new IllegalArgumentException("cannot draw " + canonicalSmiles + ": " + e.getMessage(), e);
        }
    }
}
