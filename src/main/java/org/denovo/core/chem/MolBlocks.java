package org.denovo.core.chem;

import java.io.StringWriter;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.MDLV2000Writer;
import org.openscience.cdk.io.MDLV3000Writer;
import org.openscience.cdk.layout.StructureDiagramGenerator;
import org.denovo.core.chem.structure.Molecules;

/**
 * Molfile blocks with 2D coordinates, V2000, or V3000 when V2000 cannot hold the molecule. One instance per thread.
 * Molecules over {@link #MAX_ATOMS_FOR_LAYOUT} atoms are written without coordinates (all zero): the layout's
 * time grows steeply with size (about 100 s for a 2,500-atom chain).
 */
public final class MolBlocks {
    private static final int V2000_LIMIT = 999;
    public static final int MAX_ATOMS_FOR_LAYOUT = 500;
    private final StructureDiagramGenerator layout = new StructureDiagramGenerator();

    /**
     * The block from the header to {@code M  END}, with the title line set to {@code title}.
     *
     * @throws IllegalArgumentException when the SMILES cannot be read or laid out (the toolkit's message)
     */
    public String molBlock(String smiles, String title) {
        try {
            IAtomContainer mol = Molecules.parseSmiles(smiles);
            if (mol.getAtomCount() <= MAX_ATOMS_FOR_LAYOUT) {
                try {
                    layout.generateCoordinates(mol);
                } catch (StackOverflowError tooDeep) {
                    mol = Molecules.parseSmiles(smiles); // laid out half-way: write it without coordinates
                }
            }
            mol.setTitle(title == null ? "" : title.replace('\n', ' '));
            return write(mol);
        } catch (CDKException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The molecule as it stands (2D or 3D), from the header to {@code M  END}: V2000, or V3000 when V2000 cannot hold it. */
    public static String write(IAtomContainer mol) throws CDKException {
        StringWriter out = new StringWriter();
        try {
            if (mol.getAtomCount() > V2000_LIMIT || mol.getBondCount() > V2000_LIMIT) {
                try (MDLV3000Writer w = new MDLV3000Writer(out)) {
                    w.write(mol);
                }
            } else {
                try (MDLV2000Writer w = new MDLV2000Writer(out)) {
                    w.write(mol);
                }
            }
        } catch (java.io.IOException e) {
            throw new CDKException("cannot write molfile: " + e.getMessage(), e);
        }
        String block = out.toString();
        int end = block.indexOf("M  END");
        return end >= 0 ? block.substring(0, end) + "M  END\n" : block;
    }
}
