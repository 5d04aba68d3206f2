package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.CDKConstants;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * A substructure to keep, picked as atoms of a molecule: written as SMARTS that pins each picked atom's element,
 * aromaticity and charge and the bonds between picked atoms, and leaves their hydrogens free (so a proposal may
 * decorate the kept atoms but not change them).
 */
public final class KeptAtoms {
    private KeptAtoms() {
    }

    /**
     * The SMARTS of the atoms that carry an atom-map number (e.g. {@code c1cc[cH:1][cH:1]c1}) in a SMILES.
     *
     * @throws IllegalArgumentException when the SMILES cannot be read or no atom is mapped
     */
    public static String smartsOfMappedAtoms(String mappedSmiles) {
        IAtomContainer mol;
        try {
            mol = Molecules.parseSmiles(mappedSmiles);
        } catch (CDKException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read SMILES '" + mappedSmiles + "': " + e.getMessage(), e);
        }
        TreeSet<Integer> picked = new TreeSet<>();
        for (int i = 0; i < mol.getAtomCount(); i++) {
            Integer map = mol.getAtom(i).getProperty(CDKConstants.ATOM_ATOM_MAPPING);
            if (map != null && map > 0) {
                picked.add(i);
            }
        }
        if (picked.isEmpty()) {
            throw new IllegalArgumentException("no atom was picked");
        }
        return smarts(mol, picked);
    }

    /** The SMARTS of {@code picked} atoms of a perceived molecule; disconnected parts are joined with '.'. */
    static String smarts(IAtomContainer mol, TreeSet<Integer> picked) {
        Map<IBond, Integer> closures = new HashMap<>();
        List<Integer> seen = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int[] nextClosure = {1};
        for (int start : picked) {
            if (seen.contains(start)) {
                continue;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            // first pass finds ring closures (back edges), second writes
            List<IBond> treeBonds = new ArrayList<>();
            markClosures(mol, picked, start, -1, new ArrayList<>(seen), treeBonds, closures, nextClosure);
            write(mol, picked, start, null, seen, treeBonds, closures, out);
        }
        return out.toString();
    }

    private static void markClosures(IAtomContainer mol, TreeSet<Integer> picked, int atom, int from, List<Integer> visited,
                                     List<IBond> treeBonds, Map<IBond, Integer> closures, int[] next) {
        visited.add(atom);
        IAtom a = mol.getAtom(atom);
        for (IBond b : mol.getConnectedBondsList(a)) {
            int other = mol.indexOf(b.getOther(a));
            if (!picked.contains(other) || other == from || treeBonds.contains(b) || closures.containsKey(b)) {
                continue;
            }
            if (visited.contains(other)) {
                closures.put(b, next[0]++);
            } else {
                treeBonds.add(b);
                markClosures(mol, picked, other, atom, visited, treeBonds, closures, next);
            }
        }
    }

    private static void write(IAtomContainer mol, TreeSet<Integer> picked, int atom, IBond via, List<Integer> seen,
                              List<IBond> treeBonds, Map<IBond, Integer> closures, StringBuilder out) {
        seen.add(atom);
        IAtom a = mol.getAtom(atom);
        if (via != null) {
            out.append(bond(via));
        }
        out.append(atom(a));
        List<IBond> children = new ArrayList<>();
        for (IBond b : mol.getConnectedBondsList(a)) {
            Integer ring = closures.get(b);
            if (ring != null) {
                out.append(bond(b)).append(ring < 10 ? Integer.toString(ring) : "%" + ring);
            } else if (b != via && treeBonds.contains(b) && !seen.contains(mol.indexOf(b.getOther(a)))) {
                children.add(b);
            }
        }
        for (int i = 0; i < children.size(); i++) {
            IBond b = children.get(i);
            boolean branch = i < children.size() - 1;
            if (branch) {
                out.append('(');
            }
            write(mol, picked, mol.indexOf(b.getOther(a)), b, seen, treeBonds, closures, out);
            if (branch) {
                out.append(')');
            }
        }
    }

    private static String atom(IAtom a) {
        Integer charge = a.getFormalCharge();
        String q = charge == null || charge == 0 ? "" : charge > 0 ? ";+" + charge : ";-" + (-charge);
        return "[#" + a.getAtomicNumber() + (a.isAromatic() ? ";a" : ";A") + q + "]";
    }

    private static String bond(IBond b) {
        if (b.isAromatic()) {
            return ":";
        }
        return switch (b.getOrder()) {
            case DOUBLE -> "=";
            case TRIPLE -> "#";
            default -> "-";
        };
    }
}
