package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ShortestPaths;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

/**
 * Small edits of a molecular graph, as in Graph GA (Jensen 2019): change an atom's element, append or delete an
 * atom, insert an atom into a chain bond, change a bond's order, close or open a ring. Atoms of the kept
 * substructure are never deleted or given another element, nor are the bonds between them changed (substituents
 * and ring closures may be added to them); a mutant that no longer contains it is not returned. Only
 * neutral atoms at their usual valence are edited. Mutants are written as Kekulé SMILES for the app to check
 * and standardise. One instance per thread.
 */
public final class GraphMutator {
    /** A mutant and the edit that made it, e.g. "mutate:atom". */
    public record Mutant(String smiles, String operation) {
    }

    private static final Map<String, Integer> VALENCE = Map.of("C", 4, "N", 3, "O", 2, "S", 2, "F", 1, "Cl", 1,
            "Br", 1);
    private static final String[] ELEMENTS = {"C", "N", "O", "S", "F", "Cl"};
    private static final String[] APPENDED = {"C", "C", "N", "O", "F", "Cl"};
    private static final String[] INSERTED = {"C", "C", "N", "O"};
    private static final String[] OPERATIONS = {"atom", "append", "delete", "insert", "bond", "ring"};
    private static final int ATTEMPTS = 12;
    private final SmilesGenerator writer = new SmilesGenerator(SmiFlavor.Stereo);
    private final SubstructureQuery keep;

    /** @param keep the substructure every mutant keeps, or null */
    public GraphMutator(SubstructureQuery keep) {
        this.keep = keep;
    }

    /** One mutant of the molecule, differing from it, or null when none was found in a few attempts. */
    public Mutant mutate(String smiles, SplittableRandom random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            IAtomContainer mol;
            try {
                mol = Molecules.parseSmiles(smiles);
            } catch (CDKException e) {
                return null;
            }
            String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
            boolean[] kept = keptAtoms(mol);
            List<IAtom> touched = new ArrayList<>();
            if (!apply(operation, mol, kept, touched, random) || !valid(mol, touched) || !plausible(mol, touched)) {
                continue;
            }
            String out = write(mol, touched);
            if (out != null && !out.equals(smiles) && keeps(out)) {
                return new Mutant(out, "mutate:" + operation);
            }
        }
        return null;
    }

    private boolean[] keptAtoms(IAtomContainer mol) {
        boolean[] kept = new boolean[mol.getAtomCount()];
        if (keep != null) {
            for (int i : keep.firstMatch(mol)) {
                kept[i] = true;
            }
        }
        return kept;
    }

    private boolean apply(String operation, IAtomContainer mol, boolean[] kept, List<IAtom> touched,
                          SplittableRandom random) {
        switch (operation) {
            case "atom": {
                IAtom a = pick(editable(mol, kept, false), random);
                if (a == null) {
                    return false;
                }
                String element = ELEMENTS[random.nextInt(ELEMENTS.length)];
                boolean halogen = VALENCE.get(element) == 1;
                if (element.equals(a.getSymbol()) || halogen && (a.getBondCount() != 1 || a.isInRing())) {
                    return false;
                }
                setElement(a, element);
                touched.add(a);
                return true;
            }
            case "append": {
                IAtom a = pick(withHydrogens(mol), random);
                if (a == null) {
                    return false;
                }
                boolean carbonyl = a.getImplicitHydrogenCount() >= 2 && random.nextInt(4) == 0;
                IAtom added = Molecules.BUILDER.newAtom();
                setElement(added, carbonyl ? "O" : APPENDED[random.nextInt(APPENDED.length)]);
                mol.addAtom(added);
                added = mol.getAtom(mol.getAtomCount() - 1);
                mol.addBond(mol.indexOf(a), mol.indexOf(added), carbonyl ? IBond.Order.DOUBLE : IBond.Order.SINGLE);
                touched.add(a);
                touched.add(added);
                return true;
            }
            case "delete": {
                IAtom a = pick(editable(mol, kept, true), random);
                if (a == null || a.isInRing() || a.getBondCount() > 2) {
                    return false;
                }
                List<IAtom> neighbours = new ArrayList<>();
                for (IBond b : mol.getConnectedBondsList(a)) {
                    if (b.getOrder() != IBond.Order.SINGLE && a.getBondCount() == 2 || !standard(b.getOther(a))) {
                        return false;
                    }
                    neighbours.add(b.getOther(a));
                }
                if (neighbours.size() == 2 && mol.getBond(neighbours.get(0), neighbours.get(1)) != null) {
                    return false;
                }
                mol.removeAtom(a);
                if (neighbours.size() == 2) {
                    mol.addBond(mol.indexOf(neighbours.get(0)), mol.indexOf(neighbours.get(1)), IBond.Order.SINGLE);
                }
                touched.addAll(neighbours);
                return true;
            }
            case "insert": {
                List<IBond> chain = new ArrayList<>();
                for (IBond b : mol.bonds()) {
                    if (!b.isInRing() && b.getOrder() == IBond.Order.SINGLE && standard(b.getBegin()) && standard(b.getEnd())
                            && !(kept[mol.indexOf(b.getBegin())] && kept[mol.indexOf(b.getEnd())])) {
                        chain.add(b);
                    }
                }
                IBond b = pick(chain, random);
                if (b == null) {
                    return false;
                }
                IAtom begin = b.getBegin();
                IAtom end = b.getEnd();
                mol.removeBond(b);
                IAtom added = Molecules.BUILDER.newAtom();
                setElement(added, INSERTED[random.nextInt(INSERTED.length)]);
                mol.addAtom(added);
                added = mol.getAtom(mol.getAtomCount() - 1);
                mol.addBond(mol.indexOf(begin), mol.indexOf(added), IBond.Order.SINGLE);
                mol.addBond(mol.indexOf(added), mol.indexOf(end), IBond.Order.SINGLE);
                touched.add(begin);
                touched.add(end);
                touched.add(added);
                return true;
            }
            case "bond": {
                List<IBond> changeable = new ArrayList<>();
                for (IBond b : mol.bonds()) {
                    if (!b.isAromatic() && standard(b.getBegin()) && standard(b.getEnd())
                            && !(kept[mol.indexOf(b.getBegin())] && kept[mol.indexOf(b.getEnd())])) {
                        changeable.add(b);
                    }
                }
                IBond b = pick(changeable, random);
                if (b == null) {
                    return false;
                }
                if (b.getOrder() == IBond.Order.SINGLE) {
                    b.setOrder(IBond.Order.DOUBLE);
                } else if (b.getOrder() == IBond.Order.DOUBLE) {
                    b.setOrder(IBond.Order.SINGLE);
                } else {
                    return false;
                }
                touched.add(b.getBegin());
                touched.add(b.getEnd());
                return true;
            }
            case "ring": {
                return random.nextBoolean() ? closeRing(mol, kept, touched, random) : openRing(mol, kept, touched, random);
            }
            default:
                throw new IllegalStateException(operation);
        }
    }

    /** A single bond between two atoms four or five bonds apart, making a five- or six-membered ring. */
    private static boolean closeRing(IAtomContainer mol, boolean[] kept, List<IAtom> touched, SplittableRandom random) {
        List<IAtom> withH = withHydrogens(mol);
        IAtom a = pick(withH, random);
        if (a == null) {
            return false;
        }
        ShortestPaths paths = new ShortestPaths(mol, a);
        List<IAtom> partners = new ArrayList<>();
        for (IAtom b : withH) {
            int d = paths.distanceTo(b);
            if (d == 4 || d == 5) {
                partners.add(b);
            }
        }
        IAtom b = pick(partners, random);
        if (b == null) {
            return false;
        }
        mol.addBond(mol.indexOf(a), mol.indexOf(b), IBond.Order.SINGLE);
        touched.add(a);
        touched.add(b);
        return true;
    }

    /** Removes a non-aromatic ring bond outside the kept atoms. */
    private static boolean openRing(IAtomContainer mol, boolean[] kept, List<IAtom> touched, SplittableRandom random) {
        List<IBond> ringBonds = new ArrayList<>();
        for (IBond b : mol.bonds()) {
            if (b.isInRing() && !b.isAromatic() && standard(b.getBegin()) && standard(b.getEnd())
                    && !kept[mol.indexOf(b.getBegin())] && !kept[mol.indexOf(b.getEnd())]) {
                ringBonds.add(b);
            }
        }
        IBond b = pick(ringBonds, random);
        if (b == null) {
            return false;
        }
        mol.removeBond(b);
        touched.add(b.getBegin());
        touched.add(b.getEnd());
        return true;
    }

    /** Neutral atoms at their usual valence with a hydrogen to replace, kept atoms included. */
    private static List<IAtom> withHydrogens(IAtomContainer mol) {
        List<IAtom> out = new ArrayList<>();
        for (IAtom a : mol.atoms()) {
            if (standard(a) && a.getImplicitHydrogenCount() > 0) {
                out.add(a);
            }
        }
        return out;
    }

    /** Neutral atoms at their usual valence outside the kept atoms; with {@code terminalOrChain}, of degree 1 or 2. */
    private static List<IAtom> editable(IAtomContainer mol, boolean[] kept, boolean terminalOrChain) {
        List<IAtom> out = new ArrayList<>();
        for (int i = 0; i < mol.getAtomCount(); i++) {
            IAtom a = mol.getAtom(i);
            if (!kept[i] && standard(a) && (!terminalOrChain || a.getBondCount() <= 2)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Neutral, no isotope, and at the element's usual valence. */
    private static boolean standard(IAtom a) {
        Integer valence = VALENCE.get(a.getSymbol());
        return valence != null && (a.getFormalCharge() == null || a.getFormalCharge() == 0) && a.getMassNumber() == null
                && a.getImplicitHydrogenCount() != null && bondOrderSum(a) + a.getImplicitHydrogenCount() == valence;
    }

    private static int bondOrderSum(IAtom a) {
        int sum = 0;
        for (IBond b : a.bonds()) {
            sum += b.getOrder().numeric();
        }
        return sum;
    }

    private static void setElement(IAtom a, String element) {
        a.setSymbol(element);
        a.setAtomicNumber(org.openscience.cdk.config.Elements.ofString(element).number());
        a.setFormalCharge(0);
        a.setImplicitHydrogenCount(0);
    }

    /** Gives each touched atom the hydrogens its usual valence leaves; false when one has too many bonds. */
    private static boolean valid(IAtomContainer mol, List<IAtom> touched) {
        for (IAtom a : touched) {
            if (!mol.contains(a)) {
                continue;
            }
            Integer valence = VALENCE.get(a.getSymbol());
            int h = valence == null ? -1 : valence - bondOrderSum(a);
            if (h < 0) {
                return false;
            }
            a.setImplicitHydrogenCount(h);
        }
        return true;
    }

    /**
     * False when the edit made what a medicinal chemist would strike at once: a chain bond between two heteroatoms
     * (peroxide, N-O, hydrazine; a sulfonamide S-N and S=O stay), chlorine, bromine or iodine on a non-aromatic
     * atom (an alkylating agent), or a bridged ring system.
     */
    private static boolean plausible(IAtomContainer mol, List<IAtom> touched) {
        for (IAtom a : touched) {
            if (!mol.contains(a)) {
                continue;
            }
            for (IBond b : mol.getConnectedBondsList(a)) {
                IAtom other = b.getOther(a);
                if (!b.isAromatic() && hetero(a) && hetero(other) && !sulfurOxygenOrNitrogen(b)) {
                    return false;
                }
                if (heavyHalogen(a) && !other.isAromatic() || heavyHalogen(other) && !a.isAromatic()) {
                    return false;
                }
            }
        }
        return !bridged(mol, touched);
    }

    private static boolean hetero(IAtom a) {
        return !a.getSymbol().equals("C");
    }

    private static boolean heavyHalogen(IAtom a) {
        String s = a.getSymbol();
        return s.equals("Cl") || s.equals("Br") || s.equals("I");
    }

    private static boolean sulfurOxygenOrNitrogen(IBond b) {
        String x = b.getBegin().getSymbol();
        String y = b.getEnd().getSymbol();
        boolean sulfurOxygen = (x.equals("S") && y.equals("O") || x.equals("O") && y.equals("S"))
                && b.getOrder() == IBond.Order.DOUBLE;
        boolean sulfurNitrogen = (x.equals("S") && y.equals("N") || x.equals("N") && y.equals("S"))
                && b.getOrder() == IBond.Order.SINGLE;
        return sulfurOxygen || sulfurNitrogen;
    }

    /** Whether a smallest ring through a touched atom shares three or more atoms with another (fused rings share two). */
    private static boolean bridged(IAtomContainer mol, List<IAtom> touched) {
        int[][] rings = org.openscience.cdk.graph.Cycles.sssr(mol).paths();
        for (int i = 0; i < rings.length; i++) {
            java.util.Set<Integer> ring = new java.util.HashSet<>();
            for (int k = 0; k < rings[i].length - 1; k++) {
                ring.add(rings[i][k]);
            }
            boolean throughTouched = false;
            for (IAtom a : touched) {
                throughTouched |= mol.contains(a) && ring.contains(mol.indexOf(a));
            }
            if (!throughTouched) {
                continue;
            }
            for (int j = 0; j < rings.length; j++) {
                int shared = 0;
                for (int k = 0; j != i && k < rings[j].length - 1; k++) {
                    shared += ring.contains(rings[j][k]) ? 1 : 0;
                }
                if (shared >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Kekulé SMILES, without the stereo of touched atoms; null when the toolkit cannot write it. */
    private String write(IAtomContainer mol, List<IAtom> touched) {
        List<IStereoElement> stereo = new ArrayList<>();
        for (IStereoElement<?, ?> e : mol.stereoElements()) {
            boolean involved = false;
            for (IAtom a : touched) {
                involved |= e.contains(a);
            }
            if (!involved && stereoAtomsPresent(mol, e)) {
                stereo.add(e);
            }
        }
        mol.setStereoElements(stereo);
        for (IAtom a : mol.atoms()) {
            a.setIsAromatic(false);
        }
        for (IBond b : mol.bonds()) {
            b.setIsAromatic(false);
        }
        try {
            return writer.create(mol);
        } catch (CDKException | RuntimeException e) {
            return null;
        }
    }

    private static boolean stereoAtomsPresent(IAtomContainer mol, IStereoElement<?, ?> e) {
        Object focus = e.getFocus();
        if (focus instanceof IAtom a && !mol.contains(a) || focus instanceof IBond b && !mol.contains(b)) {
            return false;
        }
        for (Object carrier : e.getCarriers()) {
            if (carrier instanceof IAtom a && !mol.contains(a) || carrier instanceof IBond b && !mol.contains(b)) {
                return false;
            }
        }
        return true;
    }

    private boolean keeps(String smiles) {
        if (keep == null) {
            return true;
        }
        try {
            return keep.matches(Molecules.parseSmiles(smiles));
        } catch (CDKException e) {
            return false;
        }
    }

    private static <T> T pick(List<T> items, SplittableRandom random) {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }
}
