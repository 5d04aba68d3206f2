package org.denovo.core.chem;

import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * The Bemis–Murcko scaffold: ring systems and the chains that link them, side chains removed; atoms
 * double-bonded to the scaffold (C=O on a ring) are kept, as RDKit does. Acyclic molecules have the empty scaffold.
 */
public final class MurckoScaffold {
    private MurckoScaffold() {
    }

    /** Canonical SMILES of the scaffold of a SMILES this app wrote; "" when it has no ring or cannot be read. */
    public static String of(String smiles) {
        try {
            IAtomContainer mol = Molecules.parseSmiles(smiles);
            boolean removed = true;
            while (removed) {
                removed = false;
                for (IAtom atom : mol.atoms()) {
                    if (!atom.isInRing() && isSideChainEnd(mol, atom)) {
                        for (IBond b : mol.getConnectedBondsList(atom)) {
                            IAtom other = b.getOther(atom);
                            other.setImplicitHydrogenCount(other.getImplicitHydrogenCount() + b.getOrder().numeric());
                        }
                        mol.removeAtom(atom);
                        removed = true;
                        break;
                    }
                }
            }
            if (mol.getAtomCount() == 0 || !hasRing(mol)) {
                return "";
            }
            mol.setStereoElements(new java.util.ArrayList<>()); // a scaffold groups stereoisomers
            return Molecules.canonicalSmiles(mol);
        } catch (CDKException | RuntimeException e) {
            return "";
        }
    }

    /**
     * A SMARTS that holds the scaffold of a SMILES this app wrote, with its ring systems and linkers, whatever
     * replaces the side chains: the scaffold's SMILES with hydrogen counts dropped from bracket atoms, so an NH
     * in a ring may carry a substituent. Empty when the molecule has no ring.
     */
    public static String query(String smiles) {
        String scaffold = of(smiles);
        return BRACKET_HYDROGENS.matcher(scaffold).replaceAll("[$1$2$3]");
    }

    /** A bracket atom: isotope and element (with chirality), hydrogen count, then charge and class. */
    private static final java.util.regex.Pattern BRACKET_HYDROGENS =
            java.util.regex.Pattern.compile("\\[(\\d*(?:[A-Z][a-z]?|[a-z][a-z]?|\\*)@*)H\\d*([-+]*\\d*)(:\\d+)?]");

    /** A chain atom with one neighbour, unless a double bond holds it to a scaffold atom. */
    private static boolean isSideChainEnd(IAtomContainer mol, IAtom atom) {
        int degree = mol.getConnectedBondsCount(atom);
        if (degree > 1) {
            return false;
        }
        if (degree == 0) {
            return true;
        }
        IBond bond = mol.getConnectedBondsList(atom).get(0);
        IAtom other = bond.getOther(atom);
        boolean exocyclicDouble = bond.getOrder() == IBond.Order.DOUBLE
                && (other.isInRing() || mol.getConnectedBondsCount(other) > 2);
        return !exocyclicDouble;
    }

    private static boolean hasRing(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            if (atom.isInRing()) {
                return true;
            }
        }
        return false;
    }
}
