package org.denovo.core.chem;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IStereoElement;

/**
 * RDKit's Morgan fingerprint, bit for bit as {@code AllChem.GetMorganFingerprintAsBitVect(mol, radius, nBits)}
 * computes it with its defaults (connectivity invariants, bond types, no chirality, no features).
 * MOSES internal diversity uses radius 2 at 1024 bits, GuacaMol radius 2 at 4096 bits.
 *
 * <p>Every atom starts with a 32-bit hash of (atomic number, total degree, total H, formal charge,
 * truncated mass difference to the element's average weight, plus a 1 for ring atoms). Each layer
 * hashes the layer number, the atom's previous identifier and its (bond type, neighbour identifier)
 * pairs in ascending order; an environment (bond set) already seen drops its atom out, and of atoms
 * reaching the same new environment in one layer only the smallest identifier counts. Identifier
 * {@code id} sets bit {@code id mod nBits}. Hashes use boost's {@code hash_combine} on unsigned 32-bit
 * values. Aromatic bonds must be perceived with {@link Molecules#AROMATICITY} (as {@link Molecules#parseSmiles}
 * does) and get RDKit's aromatic bond type 12. Stateless and thread-safe.
 */
public final class MorganFingerprint {
    private static final int GOLDEN_RATIO = 0x9e3779b9;

    private MorganFingerprint() {
    }

    /** The fingerprint of a molecule whose aromaticity was perceived by {@link Molecules}. */
    public static Fingerprint of(IAtomContainer mol, int radius, int bits) {
        if (radius < 0 || bits <= 0) {
            throw new IllegalArgumentException("Morgan fingerprint needs radius >= 0 and bits > 0, not radius "
                    + radius + ", " + bits + " bits");
        }
        BitSet on = new BitSet(bits);
        for (int id : identifiers(mol, radius)) {
            on.set(Integer.remainderUnsigned(id, bits));
        }
        return Fingerprint.of(on, bits);
    }

    /**
     * The fingerprint of a SMILES (read as RDKit would read it, aromaticity re-perceived).
     *
     * @throws IllegalArgumentException when the SMILES cannot be read
     */
    public static Fingerprint ofSmiles(String smiles, int radius, int bits) {
        IAtomContainer mol;
        try {
            mol = Molecules.parseSmiles(smiles);
        } catch (CDKException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read SMILES '" + smiles + "': " + e.getMessage(), e);
        }
        return of(mol, radius, bits);
    }

    /** The unfolded 32-bit identifiers that set bits, radius 0 to radius, in the order found. */
    static int[] identifiers(IAtomContainer mol, int radius) {
        Set<IBond> aromatic = new HashSet<>();
        for (IBond bond : mol.bonds()) {
            if (bond.isAromatic()) {
                aromatic.add(bond);
            }
        }
        HeavyAtomGraph g = HeavyAtomGraph.of(mol, aromatic, atom -> rdkitRemovesHydrogen(mol, atom));
        return identifiers(g, radius);
    }

    static int[] identifiers(HeavyAtomGraph g, int radius) {
        int n = g.atomCount;
        int[] found = new int[n * (radius + 1)];
        int foundCount = 0;
        int[] invariant = new int[n];
        BitSet[] environment = new BitSet[n];
        boolean[] dead = new boolean[n];
        for (int a = 0; a < n; a++) {
            invariant[a] = atomInvariant(g, a);
            environment[a] = new BitSet(g.bondCount);
            found[foundCount++] = invariant[a];
        }
        Set<BitSet> seen = new HashSet<>();
        for (int layer = 0; layer < radius; layer++) {
            // atoms that dropped out earlier pass on 0 as their identifier, as in RDKit
            int[] nextInvariant = new int[n];
            BitSet[] nextEnvironment = environment.clone();
            long[] candidates = new long[n];
            int candidateCount = 0;
            for (int a = 0; a < n; a++) {
                if (dead[a]) {
                    continue;
                }
                int degree = g.neighbours[a].length;
                if (degree == 0) {
                    dead[a] = true;
                    continue;
                }
                BitSet env = (BitSet) environment[a].clone();
                long[] pairs = new long[degree];
                for (int k = 0; k < degree; k++) {
                    int nbr = g.neighbours[a][k];
                    env.set(g.bonds[a][k]);
                    env.or(environment[nbr]);
                    pairs[k] = ((long) g.bondType[g.bonds[a][k]] << 32) | Integer.toUnsignedLong(invariant[nbr]);
                }
                Arrays.sort(pairs); // by bond type, then unsigned neighbour identifier
                int id = hashCombine(layer, invariant[a]);
                for (long pair : pairs) {
                    id = hashCombine(id, hashCombine(hashCombine(0, (int) (pair >>> 32)), (int) pair));
                }
                nextInvariant[a] = id;
                nextEnvironment[a] = env;
                // flipping the sign bit makes signed order the unsigned order of (id, atom)
                candidates[candidateCount++] = ((Integer.toUnsignedLong(id) << 32) | a) ^ Long.MIN_VALUE;
            }
            // ascending unsigned identifier: of atoms sharing a new environment the smallest counts
            Arrays.sort(candidates, 0, candidateCount);
            for (int c = 0; c < candidateCount; c++) {
                int a = (int) candidates[c];
                if (seen.add(nextEnvironment[a])) {
                    found[foundCount++] = nextInvariant[a];
                } else {
                    dead[a] = true;
                }
            }
            invariant = nextInvariant;
            environment = nextEnvironment;
        }
        return Arrays.copyOf(found, foundCount);
    }

    /** RDKit's connectivity invariant: the hash of the atom's components, ring flag only for ring atoms. */
    private static int atomInvariant(HeavyAtomGraph g, int a) {
        int hydrogenNeighbours = 0;
        for (int nbr : g.neighbours[a]) {
            if (g.atomicNumber[nbr] == 1) {
                hydrogenNeighbours++;
            }
        }
        int h = hashCombine(0, g.atomicNumber[a]);
        h = hashCombine(h, g.totalDegree[a]);
        h = hashCombine(h, g.totalHydrogens[a] + hydrogenNeighbours);
        h = hashCombine(h, g.charge[a]);
        h = hashCombine(h, RdkitAtomicMasses.massDelta(g.atomicNumber[a], g.massNumber[a]));
        return g.inRing[a] ? hashCombine(h, 1) : h;
    }

    /** boost::hash_combine on unsigned 32-bit values (an int's hash is the value itself). */
    static int hashCombine(int seed, int value) {
        return seed ^ (value + GOLDEN_RATIO + (seed << 6) + (seed >>> 2));
    }

    /**
     * Which explicit hydrogens RDKit's SMILES reader removes (RemoveHsParameters defaults): plain
     * hydrogens with one neighbour that is neither hydrogen nor a dummy atom, unless they carry an
     * isotope or are the only substituent defining a double bond's stereo.
     */
    private static boolean rdkitRemovesHydrogen(IAtomContainer mol, IAtom atom) {
        if (atomicNumber(atom) != 1 || atom.getMassNumber() != null || mol.getConnectedBondsCount(atom) != 1) {
            return false;
        }
        IBond bond = mol.getConnectedBondsList(atom).get(0);
        IAtom neighbour = bond.getOther(atom);
        if (atomicNumber(neighbour) < 2) {
            return false;
        }
        return !(mol.getConnectedBondsCount(neighbour) == 2 && definesDoubleBondStereo(mol, bond));
    }

    private static boolean definesDoubleBondStereo(IAtomContainer mol, IBond bond) {
        for (IStereoElement<?, ?> element : mol.stereoElements()) {
            if (element instanceof IDoubleBondStereochemistry db) {
                for (IBond carrier : db.getBonds()) {
                    if (carrier.equals(bond)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int atomicNumber(IAtom atom) {
        Integer z = atom.getAtomicNumber();
        return z == null ? 0 : z;
    }
}
