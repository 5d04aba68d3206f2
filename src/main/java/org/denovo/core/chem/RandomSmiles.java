package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Ring-closure numbers are reused, lowest free number first, as in the generator's training data (see
 * {@link #lowestRingNumbers}). One instance per thread.
 */
public final class RandomSmiles {
    private static final SmilesGenerator WRITER = new SmilesGenerator(SmiFlavor.Stereo | SmiFlavor.AtomicMass | SmiFlavor.UseAromaticSymbols);
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
            return lowestRingNumbers(WRITER.create(mol));
        } catch (CDKException e) {
            throw new IllegalArgumentException("cannot write a SMILES: " + e.getMessage(), e);
        } finally {
            mol.setAtoms(original);
            mol.setBonds(originalBonds);
        }
    }

    /**
     * The same SMILES with its ring-closure numbers reassigned as RDKit and most toolkits write them: a ring takes
     * the lowest number free when it opens, and a number is free again once its ring has closed, from the next
     * atom on ({@code c1ccccc1-c1ccccc1}, where CDK writes {@code c1ccccc1-c2ccccc2}). The generator learned from
     * SMILES written that way; prefixes numbered otherwise make it close the wrong rings.
     */
    public static String lowestRingNumbers(String smiles) {
        StringBuilder out = new StringBuilder(smiles.length());
        Map<Integer, Integer> open = new HashMap<>(); // number as written -> number as rewritten
        BitSet taken = new BitSet();
        BitSet closedHere = new BitSet(); // closed at the current atom: not reused before the next atom
        for (int i = 0; i < smiles.length(); ) {
            char ch = smiles.charAt(i);
            int label;
            int next;
            if (ch >= '0' && ch <= '9') {
                label = ch - '0';
                next = i + 1;
            } else if (ch == '%' && i + 2 < smiles.length()) {
                label = Integer.parseInt(smiles.substring(i + 1, i + 3));
                next = i + 3;
            } else {
                if (Character.isLetter(ch) || ch == '[' || ch == '(' || ch == ')' || ch == '.' || ch == '*') {
                    taken.andNot(closedHere);
                    closedHere.clear();
                }
                int end = ch == '[' ? smiles.indexOf(']', i) + 1 : i + 1; // a bracket atom's digits are not rings
                end = end <= i ? smiles.length() : end;
                out.append(smiles, i, end);
                i = end;
                continue;
            }
            Integer number = open.remove(label);
            if (number != null) {
                closedHere.set(number);
            } else {
                number = taken.nextClearBit(1);
                taken.set(number);
                open.put(label, number);
            }
            out.append(number < 10 ? Integer.toString(number) : "%" + number);
            i = next;
        }
        return out.toString();
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
