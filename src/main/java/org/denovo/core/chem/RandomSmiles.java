package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

/**
 * Randomised SMILES of one molecule: the same structure written from a random atom order, so each string starts
 * somewhere else. With kept atoms, the string starts inside them and writes them before the rest where it can.
 * One instance per thread.
 */
public final class RandomSmiles {
    private static final SmilesGenerator WRITER = new SmilesGenerator(SmiFlavor.Stereo | SmiFlavor.UseAromaticSymbols);
    private final IAtomContainer mol;
    private final int[] keptAtoms;

    /**
     * @param smiles a SMILES this app wrote (aromatic symbols as written)
     * @param keep   the substructure whose atoms go first, or null
     * @throws IllegalArgumentException when the SMILES cannot be read
     */
    public RandomSmiles(String smiles, SubstructureQuery keep) {
        try {
            this.mol = Molecules.parseSmiles(smiles);
        } catch (CDKException e) {
            throw new IllegalArgumentException("cannot read " + smiles + ": " + e.getMessage(), e);
        }
        int[] match = keep == null ? null : keep.firstMatch(mol);
        this.keptAtoms = match == null ? new int[0] : match;
    }

    /** Whether the kept substructure was found (always true without one). */
    public boolean keepsFound(SubstructureQuery keep) {
        return keep == null || keptAtoms.length > 0;
    }

    /** One randomised SMILES; throws IllegalArgumentException when the toolkit cannot write it. */
    public String next(SplittableRandom random) {
        int n = mol.getAtomCount();
        List<IAtom> kept = new ArrayList<>();
        boolean[] isKept = new boolean[n];
        for (int i : keptAtoms) {
            isKept[i] = true;
            kept.add(mol.getAtom(i));
        }
        List<IAtom> rest = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!isKept[i]) {
                rest.add(mol.getAtom(i));
            }
        }
        shuffle(kept, random);
        shuffle(rest, random);
        kept.addAll(rest);
        IAtom[] order = kept.toArray(new IAtom[0]);
        IAtom[] original = new IAtom[n];
        for (int i = 0; i < n; i++) {
            original[i] = mol.getAtom(i);
        }
        List<IBond> bonds = new ArrayList<>();
        mol.bonds().forEach(bonds::add);
        IBond[] originalBonds = bonds.toArray(new IBond[0]);
        shuffle(bonds, random); // the writer visits neighbours in bond order
        mol.setAtoms(order);
        mol.setBonds(bonds.toArray(new IBond[0]));
        try {
            return WRITER.create(mol);
        } catch (CDKException e) {
            throw new IllegalArgumentException("cannot write a SMILES: " + e.getMessage(), e);
        } finally {
            mol.setAtoms(original);
            mol.setBonds(originalBonds);
        }
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
