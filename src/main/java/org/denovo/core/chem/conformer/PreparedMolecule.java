package org.denovo.core.chem.conformer;

import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * A molecule ready for the 3D generators: CDK molecule with explicit hydrogens (heavy atoms in SMILES order,
 * hydrogens appended), its identity, and a Kekulé SMILES for OpenChemLib with the position of every heavy
 * atom in it. Never modified after construction; generators work on {@link #copy()}.
 */
final class PreparedMolecule {
    private static final SmilesGenerator KEKULE = new SmilesGenerator(SmiFlavor.Stereo | SmiFlavor.AtomicMass);

    final String canonicalSmiles;
    /** Heavy atoms (and any hydrogen the SMILES spells as an atom, e.g. [2H]) then the added hydrogens. */
    private final IAtomContainer withHydrogens;
    /** Atoms before the added hydrogens. */
    final int heavyAtoms;
    /** Kekulé SMILES of the heavy atoms, for OpenChemLib. */
    final String kekuleSmiles;
    /** {@code smilesOrder[i]}: position in {@link #kekuleSmiles} of atom {@code i}, for the first {@link #heavyAtoms} atoms. */
    final int[] smilesOrder;

    private PreparedMolecule(String canonicalSmiles, IAtomContainer withHydrogens, int heavyAtoms, String kekuleSmiles,
            int[] smilesOrder) {
        this.canonicalSmiles = canonicalSmiles;
        this.withHydrogens = withHydrogens;
        this.heavyAtoms = heavyAtoms;
        this.kekuleSmiles = kekuleSmiles;
        this.smilesOrder = smilesOrder;
    }

    static PreparedMolecule of(String smiles) throws ConformerException {
        long t0 = System.nanoTime();
        if (smiles == null || smiles.isBlank()) {
            throw new ConformerException(ConformerException.INVALID_SMILES, "empty SMILES", 0, 0, null);
        }
        try {
            IAtomContainer parsed = Molecules.parseSmiles(smiles.trim());
            if (parsed.getAtomCount() == 0) {
                throw new CDKException("no atoms");
            }
            String canonical = Molecules.canonicalSmiles(parsed);
            IAtomContainer heavy = AtomContainerManipulator.suppressHydrogens(parsed);
            Molecules.perceive(heavy);
            int[] order = new int[heavy.getAtomCount()];
            String kekule;
            synchronized (KEKULE) {
                kekule = KEKULE.create(heavy, order);
            }
            IAtomContainer withH = heavy.clone();
            AtomContainerManipulator.convertImplicitToExplicitHydrogens(withH);
            return new PreparedMolecule(canonical, withH, heavy.getAtomCount(), kekule, order);
        } catch (CDKException | CloneNotSupportedException | RuntimeException e) {
            throw new ConformerException(ConformerException.INVALID_SMILES,
                    "not a valid SMILES: '" + smiles + "' (" + e.getMessage() + ")", System.nanoTime() - t0, 0, e);
        }
    }

    /** A private copy for one generator run. */
    IAtomContainer copy() {
        try {
            return withHydrogens.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    int atomCount() {
        return withHydrogens.getAtomCount();
    }
}
