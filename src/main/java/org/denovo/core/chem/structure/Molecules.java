package org.denovo.core.chem.structure;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IChemObjectBuilder;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * The one place that turns text into CDK molecules and back, with one aromaticity model.
 * CDK parsers and generators are not thread-safe, so each thread gets its own.
 */
public final class Molecules {
    public static final IChemObjectBuilder BUILDER = SilentChemObjectBuilder.getInstance();

    /**
     * RDKit's default aromaticity model, so that aromatic ring counts and SMARTS 'c'/'n'
     * agree with RDKit-computed data (CDK's Daylight model differs on some ring systems).
     */
    public static final RdkitAromaticity AROMATICITY = new RdkitAromaticity();

    private static final ThreadLocal<SmilesParser> PARSER = ThreadLocal.withInitial(() -> new SmilesParser(BUILDER));
    /** The flavour of the app's canonical SMILES: isomeric, canonical (CDK orders it by InChI numbers), aromatic. */
    public static final int CANONICAL_FLAVOUR = SmiFlavor.Absolute | SmiFlavor.UseAromaticSymbols;

    private static final ThreadLocal<SmilesGenerator> CANONICAL = ThreadLocal.withInitial(
            () -> new SmilesGenerator(CANONICAL_FLAVOUR));

    private Molecules() {
    }

    /** The version of the chemistry toolkit (CDK) in use, e.g. for {@code --version}. */
    public static String toolkitVersion() {
        return org.openscience.cdk.CDK.getVersion();
    }

    /** Parses SMILES and perceives rings and aromaticity. */
    public static IAtomContainer parseSmiles(String smiles) throws InvalidSmilesException {
        IAtomContainer mol = PARSER.get().parseSmiles(smiles);
        try {
            perceive(mol);
        } catch (CDKException e) {
            throw new InvalidSmilesException("cannot perceive aromaticity: " + e.getMessage());
        }
        return mol;
    }

    /**
     * Marks ring atoms and bonds and (re)applies the aromaticity model, ignoring aromatic flags the
     * input may carry (kekulé input works the same); fills missing implicit H counts with 0.
     */
    public static void perceive(IAtomContainer mol) throws CDKException {
        fillMissingImplicitHydrogens(mol);
        AROMATICITY.apply(mol);
    }

    private static void fillMissingImplicitHydrogens(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            if (atom.getImplicitHydrogenCount() == null) {
                atom.setImplicitHydrogenCount(0);
            }
        }
    }

    /** As {@link #canonicalSmiles}, or "" when CDK cannot write the molecule (for messages). */
    public static String canonicalSmilesOrEmpty(IAtomContainer mol) {
        try {
            return canonicalSmiles(mol);
        } catch (CDKException | RuntimeException e) {
            return "";
        }
    }

    /**
     * Parses a SMILES this app wrote ({@link #canonicalSmiles}), trusting its aromatic symbols instead of
     * perceiving aromaticity again: the symbols were written from {@link #AROMATICITY}, so only ring flags need
     * marking. About twice as fast as {@link #parseSmiles}; for library searches over stored SMILES.
     */
    public static IAtomContainer parseCanonicalSmiles(String smiles) throws InvalidSmilesException {
        IAtomContainer mol = PARSER.get().parseSmiles(smiles);
        fillMissingImplicitHydrogens(mol);
        org.openscience.cdk.graph.Cycles.markRingAtomsAndBonds(mol);
        return mol;
    }

    /** Canonical isomeric SMILES with aromatic symbols: the identity used for deduplication. */
    public static String canonicalSmiles(IAtomContainer mol) throws CDKException {
        return CANONICAL.get().create(mol);
    }
}
