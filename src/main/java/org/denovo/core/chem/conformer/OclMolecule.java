package org.denovo.core.chem.conformer;

import com.actelion.research.chem.Coordinates;
import com.actelion.research.chem.Molecule;
import com.actelion.research.chem.SmilesParser;
import com.actelion.research.chem.StereoMolecule;
import java.util.ArrayList;
import java.util.List;
import javax.vecmath.Point3d;
import org.openmolecules.chem.conf.gen.ConformerGenerator;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The OpenChemLib twin of a prepared CDK molecule, with explicit hydrogens and an atom-by-atom correspondence,
 * so coordinates can go both ways. Parsed from the Kekulé SMILES CDK wrote; heavy atoms correspond by their
 * position in that SMILES, hydrogens by the atom they sit on. Any disagreement (element, charge, hydrogen
 * count) is a {@link StrategyFailure}, never a silent mix-up.
 */
final class OclMolecule {
    final StereoMolecule mol;
    /** {@code ocl[i]}: the OpenChemLib atom of CDK atom {@code i}. */
    private final int[] ocl;

    private OclMolecule(StereoMolecule mol, int[] ocl) {
        this.mol = mol;
        this.ocl = ocl;
    }

    static OclMolecule of(PreparedMolecule prepared, IAtomContainer cdk) throws StrategyFailure {
        StereoMolecule om = new StereoMolecule();
        try {
            new SmilesParser().parse(om, prepared.kekuleSmiles);
        } catch (Exception e) {
            throw new StrategyFailure("openchemlib: SMILES not understood", String.valueOf(e.getMessage()));
        }
        om.ensureHelperArrays(Molecule.cHelperNeighbours);
        int heavy = prepared.heavyAtoms;
        if (om.getAllAtoms() != heavy) {
            throw mismatch("atom count " + om.getAllAtoms() + " != " + heavy);
        }
        ConformerGenerator.addHydrogenAtoms(om);
        om.ensureHelperArrays(Molecule.cHelperNeighbours);
        if (om.getAllAtoms() != cdk.getAtomCount()) {
            throw mismatch("with hydrogens " + om.getAllAtoms() + " atoms, CDK has " + cdk.getAtomCount());
        }
        int[] ocl = new int[cdk.getAtomCount()];
        int[] cdkOf = new int[om.getAllAtoms()];
        for (int i = 0; i < heavy; i++) {
            int j = prepared.smilesOrder[i];
            IAtom a = cdk.getAtom(i);
            int charge = a.getFormalCharge() == null ? 0 : a.getFormalCharge();
            if (om.getAtomicNo(j) != a.getAtomicNumber() || om.getAtomCharge(j) != charge) {
                throw mismatch("atom " + (i + 1) + " " + a.getSymbol() + " read as " + om.getAtomLabel(j));
            }
            ocl[i] = j;
            cdkOf[j] = i;
        }
        // hydrogens added by both toolkits come after the SMILES atoms; pair them per parent atom
        List<List<Integer>> oclH = new ArrayList<>();
        for (int i = 0; i < heavy; i++) {
            oclH.add(new ArrayList<>());
        }
        for (int h = heavy; h < om.getAllAtoms(); h++) {
            if (om.getAtomicNo(h) != 1 || om.getAllConnAtoms(h) != 1 || om.getConnAtom(h, 0) >= heavy) {
                throw mismatch("unexpected added atom " + om.getAtomLabel(h));
            }
            oclH.get(cdkOf[om.getConnAtom(h, 0)]).add(h);
        }
        int[] used = new int[heavy];
        for (int k = heavy; k < cdk.getAtomCount(); k++) {
            IAtom h = cdk.getAtom(k);
            List<IAtom> nbrs = cdk.getConnectedAtomsList(h);
            if (h.getAtomicNumber() != 1 || nbrs.size() != 1 || nbrs.get(0).getIndex() >= heavy) {
                throw mismatch("added atom " + (k + 1) + " is not a hydrogen on a SMILES atom");
            }
            int parent = nbrs.get(0).getIndex();
            List<Integer> candidates = oclH.get(parent);
            if (used[parent] >= candidates.size()) {
                throw mismatch("hydrogen count differs on atom " + (parent + 1));
            }
            ocl[k] = candidates.get(used[parent]++);
        }
        for (int i = 0; i < heavy; i++) {
            if (used[i] != oclH.get(i).size()) {
                throw mismatch("hydrogen count differs on atom " + (i + 1));
            }
        }
        return new OclMolecule(om, ocl);
    }

    /** Copies OpenChemLib's coordinates onto the CDK atoms. */
    void toCdk(IAtomContainer cdk) throws StrategyFailure {
        if (mol.getAllAtoms() != ocl.length) {
            throw mismatch("OpenChemLib changed the atom count to " + mol.getAllAtoms());
        }
        for (int i = 0; i < ocl.length; i++) {
            Coordinates c = mol.getCoordinates(ocl[i]);
            cdk.getAtom(i).setPoint3d(new Point3d(c.x, c.y, c.z));
        }
    }

    /** Copies OpenChemLib-ordered positions (x, y, z per atom, as a force field holds them) onto the CDK atoms. */
    void toCdk(double[] positions, IAtomContainer cdk) throws StrategyFailure {
        if (positions.length != 3 * ocl.length) {
            throw mismatch("force field has " + positions.length / 3 + " atoms");
        }
        for (int i = 0; i < ocl.length; i++) {
            int j = 3 * ocl[i];
            cdk.getAtom(i).setPoint3d(new Point3d(positions[j], positions[j + 1], positions[j + 2]));
        }
    }

    /** Sets OpenChemLib's coordinates from positions as a force field holds them. */
    void setPositions(double[] positions) {
        for (int i = 0; i < mol.getAllAtoms(); i++) {
            mol.setAtomX(i, positions[3 * i]);
            mol.setAtomY(i, positions[3 * i + 1]);
            mol.setAtomZ(i, positions[3 * i + 2]);
        }
    }

    /** Moves every atom by a random amount of at most {@code max} Å along each axis. */
    void jitter(java.util.Random random, double max) {
        for (int i = 0; i < mol.getAllAtoms(); i++) {
            mol.setAtomX(i, mol.getAtomX(i) + max * (2 * random.nextDouble() - 1));
            mol.setAtomY(i, mol.getAtomY(i) + max * (2 * random.nextDouble() - 1));
            mol.setAtomZ(i, mol.getAtomZ(i) + max * (2 * random.nextDouble() - 1));
        }
    }

    /** Copies the CDK atoms' 3D points to OpenChemLib. */
    void fromCdk(IAtomContainer cdk) throws StrategyFailure {
        for (int i = 0; i < ocl.length; i++) {
            Point3d p = cdk.getAtom(i).getPoint3d();
            if (p == null) {
                throw new StrategyFailure("cdk: atoms without coordinates", "atom " + (i + 1) + " has no 3D point");
            }
            mol.setAtomX(ocl[i], p.x);
            mol.setAtomY(ocl[i], p.y);
            mol.setAtomZ(ocl[i], p.z);
        }
    }

    private static StrategyFailure mismatch(String detail) {
        return new StrategyFailure("openchemlib: structure read differently", detail);
    }
}
