package org.denovo.core.chem;

import java.io.StringReader;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.ringsearch.RingSearch;
import org.openscience.cdk.io.IChemObjectReader;
import org.openscience.cdk.io.MDLV2000Reader;
import org.openscience.cdk.io.MDLV3000Reader;
import org.openscience.cdk.smiles.SmilesParser;
import org.denovo.core.chem.structure.Molecules;

/** Turns the text of a {@link InputRecord} into a CDK molecule. One instance per thread. */
public final class RecordParser {
    private final SmilesParser smilesParser = new SmilesParser(Molecules.BUILDER);

    public IAtomContainer parse(InputRecord record) throws CDKException {
        return switch (record.notation()) {
            case SMILES -> parseSmiles(record.text());
            case MOLFILE -> parseMolfile(record.text());
        };
    }

    public IAtomContainer parseSmiles(String smiles) throws CDKException {
        if (smiles == null || smiles.isBlank()) {
            throw new CDKException("empty SMILES");
        }
        String syntax = SmilesSyntax.problem(smiles);
        if (syntax != null) {
            throw new CDKException("invalid SMILES: " + syntax);
        }
        IAtomContainer mol = smilesParser.parseSmiles(smiles);
        if (mol.getAtomCount() == 0) {
            throw new CDKException("SMILES has no atoms");
        }
        checkValence(mol);
        checkAromaticAtomsInRings(mol);
        return mol;
    }

    /** Lower-case (aromatic) atoms must be ring atoms, as in RDKit; CDK would quietly kekulise a chain. */
    private static void checkAromaticAtomsInRings(IAtomContainer mol) throws CDKException {
        RingSearch rings = new RingSearch(mol);
        for (IAtom atom : mol.atoms()) {
            if (atom.isAromatic() && !rings.cyclic(atom)) {
                throw new CDKException("invalid SMILES: aromatic atom " + atom.getSymbol().toLowerCase(java.util.Locale.ROOT)
                        + " (atom " + (atom.getIndex() + 1) + ") is not in a ring");
            }
        }
    }

    public IAtomContainer parseMolfile(String block) throws CDKException {
        boolean v3000 = isV3000(block);
        IAtomContainer mol;
        try {
            if (v3000) {
                try (MDLV3000Reader reader = new MDLV3000Reader(new StringReader(block))) {
                    reader.setReaderMode(IChemObjectReader.Mode.RELAXED);
                    mol = reader.read(Molecules.BUILDER.newAtomContainer());
                }
            } else {
                try (MDLV2000Reader reader = new MDLV2000Reader(new StringReader(block))) {
                    reader.setReaderMode(IChemObjectReader.Mode.RELAXED);
                    mol = reader.read(Molecules.BUILDER.newAtomContainer());
                }
            }
        } catch (java.io.IOException e) {
            throw new CDKException("cannot read molfile: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new CDKException("malformed molfile: " + e.getMessage(), e);
        }
        if (mol == null || mol.getAtomCount() == 0) {
            throw new CDKException("molfile has no atoms");
        }
        checkValence(mol);
        return mol;
    }

    private static void checkValence(IAtomContainer mol) throws CDKException {
        String valence = ValenceCheck.problem(mol);
        if (valence != null) {
            throw new CDKException("impossible valence: " + valence);
        }
    }

    private static boolean isV3000(String block) {
        int lineStart = 0;
        for (int line = 0; line < 4 && lineStart < block.length(); line++) {
            int end = block.indexOf('\n', lineStart);
            if (end < 0) {
                end = block.length();
            }
            if (line == 3) {
                return block.substring(lineStart, end).contains("V3000");
            }
            lineStart = end + 1;
        }
        return false;
    }
}
