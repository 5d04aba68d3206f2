package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomContainerSet;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;
import org.denovo.core.chem.structure.Molecules;

/**
 * Standardisation before identity: largest organic fragment, explicit hydrogens folded in,
 * charges neutralised where chemically sound, rings and aromaticity perceived.
 * Stateless and thread-safe; works on the given molecule or returns a new one.
 */
public final class Standardizer {

    /** The standardised molecule and what was changed, for reporting. */
    public record Result(IAtomContainer molecule, List<String> changes) {
    }

    public Result standardize(IAtomContainer input) throws CDKException {
        return standardize(input, true);
    }

    /**
     * As {@link #standardize}, but charges and protonation stay as given: the form a lead was drawn or downloaded
     * in (e.g. a protonated amine), for similarity to that lead.
     */
    public Result standardizeKeepingCharges(IAtomContainer input) throws CDKException {
        return standardize(input, false);
    }

    private Result standardize(IAtomContainer input, boolean neutralise) throws CDKException {
        List<String> changes = new ArrayList<>();
        IAtomContainer mol = AtomContainerManipulator.suppressHydrogens(input);
        mol = largestOrganicFragment(mol, changes);
        if (neutralise) {
            neutralize(mol, changes);
        }
        Molecules.perceive(mol);
        return new Result(mol, List.copyOf(changes));
    }

    static IAtomContainer largestOrganicFragment(IAtomContainer mol, List<String> changes) {
        if (mol.getAtomCount() == 0 || ConnectivityChecker.isConnected(mol)) {
            return mol;
        }
        IAtomContainerSet parts = ConnectivityChecker.partitionIntoMolecules(mol);
        List<IAtomContainer> fragments = new ArrayList<>();
        for (IAtomContainer part : parts.atomContainers()) {
            fragments.add(part);
        }
        Comparator<IAtomContainer> bySize = Comparator
                .comparing((IAtomContainer f) -> isOrganic(f) ? 1 : 0)
                .thenComparingInt(Standardizer::heavyAtomCount)
                .thenComparingDouble(f -> AtomContainerManipulator.getMass(f, AtomContainerManipulator.MolWeight));
        IAtomContainer best = fragments.stream().max(bySize).orElseThrow();
        List<String> removed = new ArrayList<>();
        for (IAtomContainer f : fragments) {
            if (f != best) {
                removed.add(MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(f)));
            }
        }
        changes.add("kept largest organic fragment, removed " + String.join(", ", removed));
        return best;
    }

    static boolean isOrganic(IAtomContainer fragment) {
        for (IAtom a : fragment.atoms()) {
            if (a.getAtomicNumber() != null && a.getAtomicNumber() == 6) {
                return true;
            }
        }
        return false;
    }

    static int heavyAtomCount(IAtomContainer mol) {
        int n = 0;
        for (IAtom a : mol.atoms()) {
            if (a.getAtomicNumber() == null || a.getAtomicNumber() != 1) {
                n++;
            }
        }
        return n;
    }

    /**
     * Removes protons from protonated bases and adds them to deprotonated acids, leaving
     * zwitterionic groups such as nitro and N-oxides, and permanent cations (quaternary N)
     * with as many anions as balance them.
     */
    static void neutralize(IAtomContainer mol, List<String> changes) {
        int permanentCations = 0;
        List<IAtom> protonatedBases = new ArrayList<>();
        List<IAtom> deprotonatedAcids = new ArrayList<>();
        for (IAtom atom : mol.atoms()) {
            int charge = charge(atom);
            if (charge == 0 || hasOppositelyChargedNeighbour(mol, atom)) {
                continue;
            }
            int hydrogens = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
            if (charge > 0) {
                if (hydrogens > 0 && isNeutralisableCation(atom)) {
                    protonatedBases.add(atom);
                } else {
                    permanentCations += charge;
                }
            } else if (isNeutralisableAnion(atom)) {
                deprotonatedAcids.add(atom);
            }
        }
        for (IAtom atom : protonatedBases) {
            int charge = charge(atom);
            int removable = Math.min(charge, atom.getImplicitHydrogenCount());
            atom.setImplicitHydrogenCount(atom.getImplicitHydrogenCount() - removable);
            atom.setFormalCharge(charge - removable);
        }
        int toNeutralise = deprotonatedAcids.size() - permanentCations;
        for (int i = 0; i < toNeutralise; i++) {
            IAtom atom = deprotonatedAcids.get(i);
            int charge = charge(atom);
            atom.setImplicitHydrogenCount(atom.getImplicitHydrogenCount() - charge);
            atom.setFormalCharge(0);
        }
        int changed = protonatedBases.size() + Math.max(0, toNeutralise);
        if (changed > 0) {
            changes.add("neutralised " + changed + " charged atom" + (changed == 1 ? "" : "s"));
        }
    }

    private static int charge(IAtom atom) {
        return atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
    }

    private static boolean isNeutralisableCation(IAtom atom) {
        int z = atom.getAtomicNumber();
        return z == 7 || z == 15 || z == 8 || z == 16;
    }

    private static boolean isNeutralisableAnion(IAtom atom) {
        int z = atom.getAtomicNumber();
        return (z == 8 || z == 16 || z == 7 || z == 6 || z == 34) && charge(atom) == -1;
    }

    private static boolean hasOppositelyChargedNeighbour(IAtomContainer mol, IAtom atom) {
        int sign = Integer.signum(charge(atom));
        for (IAtom nbr : mol.getConnectedAtomsList(atom)) {
            if (Integer.signum(charge(nbr)) == -sign) {
                return true;
            }
        }
        return false;
    }
}
