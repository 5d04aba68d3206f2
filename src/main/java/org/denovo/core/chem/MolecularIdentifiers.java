package org.denovo.core.chem;

import io.github.dan2097.jnainchi.InchiFlag;
import io.github.dan2097.jnainchi.InchiKeyOutput;
import io.github.dan2097.jnainchi.InchiOptions;
import io.github.dan2097.jnainchi.InchiStatus;
import io.github.dan2097.jnainchi.JnaInchi;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.invariant.InChINumbersTools;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IPseudoAtom;
import uk.ac.ebi.beam.Functions;
import uk.ac.ebi.beam.Graph;
import org.denovo.core.chem.structure.Molecules;

/**
 * Canonical SMILES and standard InChIKey of a molecule from one InChI computation instead of two.
 * <p>
 * CDK writes absolute SMILES in the order of InChI's canonical numbers, from a non-standard InChI
 * (reconnected metals, fixed H) it computes internally; the standard InChI is that InChI's main layers.
 * So one InChI run gives both: the numbers order the SMILES exactly as {@code SmilesGenerator} does, and the
 * layers before the fixed-H and reconnected-metal layers, marked standard, are the standard InChI.
 * {@code MolecularIdentifiersTest} holds both to CDK's own results. Two steps of CDK's own path are
 * package-private there (turning AuxInfo into SMILES numbers, and a molecule into a Beam graph) and are
 * called reflectively; if they are missing, or for anything unusual (pseudo atoms, an InChI error), the
 * identifiers are computed the ordinary way, with two InChI runs.
 */
public final class MolecularIdentifiers {
    /** A molecule's identifiers; the InChIKey is "" when InChI cannot describe the molecule. */
    public record Identifiers(String canonicalSmiles, String inchiKey) {
    }

    static final int FLAVOUR = Molecules.CANONICAL_FLAVOUR;
    /** The options CDK's {@code InChINumbersTools.getUSmilesNumbers} uses. */
    private static final InchiOptions NUMBERING_OPTIONS = new InchiOptions.InchiOptionsBuilder()
            .withFlag(InchiFlag.RecMet, InchiFlag.FixedH, InchiFlag.LargeMolecules).build();

    private static final MethodHandle SMILES_NUMBERS;
    private static final MethodHandle TO_BEAM_GRAPH;

    static {
        MethodHandle numbers = null;
        MethodHandle toBeam = null;
        try {
            Method parse = InChINumbersTools.class.getDeclaredMethod("parseUSmilesNumbers", String.class,
                    IAtomContainer.class);
            parse.setAccessible(true);
            Method graph = Class.forName("org.openscience.cdk.smiles.CDKToBeam")
                    .getDeclaredMethod("toBeamGraph", IAtomContainer.class, int.class);
            graph.setAccessible(true);
            numbers = MethodHandles.lookup().unreflect(parse);
            toBeam = MethodHandles.lookup().unreflect(graph);
        } catch (ReflectiveOperationException | RuntimeException e) {
            numbers = null;
            toBeam = null;
        }
        SMILES_NUMBERS = numbers;
        TO_BEAM_GRAPH = toBeam;
    }

    private MolecularIdentifiers() {
    }

    /** True when the one-InChI path is available (CDK's internals are where this class expects them). */
    public static boolean singleInchiAvailable() {
        return SMILES_NUMBERS != null && TO_BEAM_GRAPH != null;
    }

    /**
     * Both identifiers of a molecule read and perceived by {@link Molecules}; the molecule is not modified.
     *
     * @throws CDKException when CDK cannot write its canonical SMILES
     */
    public static Identifiers of(IAtomContainer mol) throws CDKException {
        if (singleInchiAvailable() && !mol.isEmpty() && !hasPseudoAtom(mol)) {
            Identifiers fast = fromOneInchi(mol);
            if (fast != null) {
                return fast;
            }
        }
        return new Identifiers(Molecules.canonicalSmiles(mol), standardInchiKey(mol));
    }

    /** The standard InChIKey computed on its own, or "" when InChI fails. */
    public static String standardInchiKey(IAtomContainer mol) {
        try {
            String key = InChIGeneratorFactory.getInstance().getInChIGenerator(mol).getInchiKey();
            return key == null ? "" : key;
        } catch (CDKException | RuntimeException | LinkageError e) {
            return "";
        }
    }

    private static Identifiers fromOneInchi(IAtomContainer mol) {
        try {
            InChIGenerator inchi = InChIGeneratorFactory.getInstance().getInChIGenerator(mol, NUMBERING_OPTIONS);
            if (inchi.getStatus() == InchiStatus.ERROR || inchi.getInchi() == null || inchi.getAuxInfo() == null) {
                return null;
            }
            long[] numbers = (long[]) SMILES_NUMBERS.invoke(inchi.getAuxInfo(), mol);
            if (numbers.length != mol.getAtomCount()) {
                return null;
            }
            int[] labels = new int[numbers.length];
            for (int i = 0; i < numbers.length; i++) {
                labels[i] = (int) numbers[i] - 1;
            }
            // what SmilesGenerator.create does for this flavour once it has the labels
            Graph graph = ((Graph) TO_BEAM_GRAPH.invoke(mol, FLAVOUR)).permute(labels);
            graph.sort(new Graph.VisitHighOrderFirst());
            graph = Functions.normaliseDirectionalLabels(graph);
            graph.sort(new Graph.VisitHighOrderFirst()).sort(new Graph.VisitHydrogenFirst());
            String smiles = graph.toSmiles();
            String standard = standardInchi(inchi.getInchi());
            if (standard == null) {
                return null;
            }
            InchiKeyOutput key = JnaInchi.inchiToInchiKey(standard);
            return new Identifiers(smiles, key.getInchiKey() == null ? "" : key.getInchiKey());
        } catch (Throwable e) {
            if (e instanceof Error && !(e instanceof LinkageError)) {
                throw (Error) e;
            }
            return null;
        }
    }

    /**
     * The standard InChI within a non-standard (fixed-H, reconnected-metal) one: its main and isotopic layers,
     * that is everything before the first "/f" or "/r" layer, under the standard prefix. Null if not of that form.
     */
    static String standardInchi(String nonStandard) {
        String prefix = "InChI=1/";
        if (!nonStandard.startsWith(prefix)) {
            return null;
        }
        StringBuilder standard = new StringBuilder("InChI=1S");
        String[] layers = nonStandard.substring(prefix.length()).split("/", -1);
        for (String layer : layers) {
            if (layer.startsWith("f") || layer.startsWith("r")) {
                break;
            }
            standard.append('/').append(layer);
        }
        return standard.toString();
    }

    private static boolean hasPseudoAtom(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            Integer z = atom.getAtomicNumber();
            if (z == null || z == 0 || atom instanceof IPseudoAtom) {
                return true;
            }
        }
        return false;
    }
}
