package org.denovo.core.chem;

import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.stereo.Stereocenters;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.denovo.core.chem.smarts.TargetGraph;
import org.denovo.core.chem.structure.Molecules;
import org.denovo.core.chem.structure.RingSets;

/**
 * Computes {@link MolecularProperties} that agree with RDKit 2022.09. Works on a private copy, so the
 * caller's molecule is left as it was. Not thread-safe: use one instance per thread (construction is
 * cheap; the shipped data is parsed once per JVM).
 */
public final class PropertyCalculator {
    private final HydrogenBondCounts hydrogenBonds = new HydrogenBondCounts();
    private final RotatableBonds rotatableBonds = new RotatableBonds();
    private final CrippenLogP crippen = new CrippenLogP();
    private final QedCalculator qed = new QedCalculator();

    public PropertyCalculator() {
    }

    public MolecularProperties calculate(IAtomContainer mol) {
        return calculate(mol, -1);
    }

    /**
     * As {@link #calculate(IAtomContainer)}, given how many of QED's 116 alerts match (as the QED set of the
     * alert catalogue counts them on the same heavy-atom graph); a negative count means "match them here".
     */
    public MolecularProperties calculate(IAtomContainer mol, int qedAlertCount) {
        IAtomContainer work = prepare(mol);
        return calculatePrepared(work, TargetGraph.of(work), qedAlertCount);
    }

    /**
     * As {@link #calculate(IAtomContainer, int)} for a molecule that is already prepared: perceived by
     * {@link Molecules#perceive} and without explicit hydrogen atoms (e.g. read from canonical SMILES), with its
     * flattened graph. Reads the molecule without changing it.
     */
    public MolecularProperties calculatePrepared(IAtomContainer work, TargetGraph graph, int qedAlertCount) {
        List<int[]> rings = RingSets.smallestRings(work);

        double molWeight = MolecularWeight.of(work);
        int hbd = hydrogenBonds.donors(graph);
        int hba = hydrogenBonds.acceptors(graph);
        double tpsa = TopologicalPsa.of(work, rings);
        int rotatable = rotatableBonds.count(graph);
        double logP = crippen.logP(graph);
        double qedValue = qed.qed(graph, molWeight, logP, hbd, tpsa, rotatable, qedAlertCount);

        int lipinski = (molWeight > 500 ? 1 : 0) + (logP > 5 ? 1 : 0) + (hbd > 5 ? 1 : 0) + (hba > 10 ? 1 : 0);
        boolean veber = rotatable <= 10 && tpsa <= 140;
        return new MolecularProperties(molWeight, heavyAtoms(work), rings.size(), aromaticRings(work, rings), hbd,
                hba, tpsa, rotatable, logP, fsp3(work), qedValue, formalCharge(work), stereocentres(work), lipinski,
                veber);
    }

    /** Copy without ordinary explicit hydrogens (as RDKit's RemoveHs), with rings and aromaticity perceived. */
    private static IAtomContainer prepare(IAtomContainer mol) {
        try {
            IAtomContainer copy = AtomContainerManipulator.suppressHydrogens(mol.clone());
            Molecules.perceive(copy);
            return copy;
        } catch (CloneNotSupportedException | CDKException e) {
            throw new IllegalArgumentException("cannot prepare molecule: " + e.getMessage(), e);
        }
    }

    static int heavyAtoms(IAtomContainer mol) {
        int count = 0;
        for (IAtom atom : mol.atoms()) {
            if (atom.getAtomicNumber() != null && atom.getAtomicNumber() > 1) {
                count++;
            }
        }
        return count;
    }

    /** Rings all of whose bonds are aromatic (RDKit's CalcNumAromaticRings). */
    static int aromaticRings(IAtomContainer mol, List<int[]> rings) {
        int count = 0;
        for (int[] ring : rings) {
            boolean aromatic = true;
            for (int i = 0; i < ring.length && aromatic; i++) {
                IBond bond = mol.getBond(mol.getAtom(ring[i]), mol.getAtom(ring[(i + 1) % ring.length]));
                aromatic = bond.isAromatic();
            }
            count += aromatic ? 1 : 0;
        }
        return count;
    }

    /** Carbons with four connections (hydrogens included) over all carbons (RDKit's CalcFractionCSP3). */
    static double fsp3(IAtomContainer mol) {
        int carbons = 0;
        int sp3 = 0;
        for (IAtom atom : mol.atoms()) {
            if (atom.getAtomicNumber() != null && atom.getAtomicNumber() == 6) {
                carbons++;
                int h = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
                if (atom.getBondCount() + h == 4) {
                    sp3++;
                }
            }
        }
        return carbons == 0 ? 0 : (double) sp3 / carbons;
    }

    static int formalCharge(IAtomContainer mol) {
        int charge = 0;
        for (IAtom atom : mol.atoms()) {
            charge += atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
        }
        return charge;
    }

    /** Tetrahedral stereocentres, whether or not their configuration is given. */
    static int stereocentres(IAtomContainer mol) {
        Stereocenters centres = Stereocenters.of(mol);
        int count = 0;
        for (int i = 0; i < mol.getAtomCount(); i++) {
            if (centres.isStereocenter(i) && centres.elementType(i) == Stereocenters.Type.Tetracoordinate) {
                count++;
            }
        }
        return count;
    }
}
