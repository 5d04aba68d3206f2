package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.denovo.core.chem.structure.Molecules;

/** One InChI run gives exactly what CDK's SMILES generator and a separate standard InChI give. */
class MolecularIdentifiersTest {
    /** Charges, zwitterions, isotopes, metals and salts, tautomers, E/Z and ring stereo, several components. */
    private static final List<String> AWKWARD = List.of(
            "C[C@H](N)C(=O)O", "C[C@@H](N)C(=O)[O-]", "[NH3+]CC(=O)[O-]", "OC(=O)c1ccccc1O",
            "O=c1cc[nH]cc1", "Oc1ccncc1", "CC(=O)CC(C)=O", "CC(O)=CC(C)=O",
            "C/C=C/C(=O)O", "C/C=C\\C(=O)O", "F/C=C/F", "C[C@H]1CC[C@@H](C)CC1",
            "[2H]C([2H])([2H])Oc1ccccc1", "[13CH3]C(=O)O", "[Na+].CC(=O)[O-]", "Cl.CN1CCCC1",
            "[O-][N+](=O)c1ccccc1", "C[S+](C)[O-]", "CS(C)=O", "c1ccc2c(c1)[nH]c1ccccc12",
            "O=C(O)C[C@H](O)C(=O)O", "N[C@@H](CS)C(=O)O", "C[N+](C)(C)C.[Cl-]", "[Fe+2].[Cl-].[Cl-]",
            "CC(C)(C)c1ccc(O)cc1", "c1cc[n+]([O-])cc1", "OB(O)c1ccccc1", "C1CC1.C1CCC1",
            "NC(=N)N", "CC(=NO)C", "O=C1NC(=O)C(=O)N1", "C[C@]12CC[C@H]3[C@@H](CC=C4CC(O)CC[C@]34C)[C@@H]1CC[C@@H]2O");

    @Test
    void theOneInchiPathIsAvailable() {
        assertTrue(MolecularIdentifiers.singleInchiAvailable(),
                "CDK's internals moved: identifiers fall back to two InChI runs per molecule (correct but slower)");
    }

    @Test
    void awkwardMoleculesGetCdksSmilesAndTheStandardKey() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String smiles : AWKWARD) {
            check(smiles, problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void referenceMoleculesGetCdksSmilesAndTheStandardKey() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/reference/rdkit_reference_500.csv")), StandardCharsets.UTF_8))) {
            int column = List.of(r.readLine().split(",")).indexOf("smiles");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                check(line.split(",")[column], problems);
                checked++;
            }
        }
        assertEquals(500, checked);
        assertEquals(List.of(), problems);
    }

    /**
     * With {@code -Ddenovo.identifiers.smiles=FILE[,FILE...]} (plain or .gz, SMILES first on each line), compares
     * both paths on every readable molecule and prints their time per molecule, measured side by side.
     */
    @Test
    void largerSetsOnRequest() throws Exception {
        String files = System.getProperty("denovo.identifiers.smiles");
        org.junit.jupiter.api.Assumptions.assumeTrue(files != null, "no -Ddenovo.identifiers.smiles");
        List<String> problems = new ArrayList<>();
        long[] nanos = new long[2];
        int checked = 0;
        RecordParser parser = new RecordParser();
        Standardizer standardizer = new Standardizer();
        for (String file : files.split(",")) {
            java.io.InputStream in = new java.io.FileInputStream(file);
            if (file.endsWith(".gz")) {
                in = new java.util.zip.GZIPInputStream(in);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    IAtomContainer mol;
                    try {
                        mol = standardizer.standardize(parser.parseSmiles(line.split("\\s+")[0])).molecule();
                    } catch (Exception e) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    String smiles = Molecules.canonicalSmiles(mol);
                    String key = MolecularIdentifiers.standardInchiKey(mol);
                    long t1 = System.nanoTime();
                    MolecularIdentifiers.Identifiers actual = MolecularIdentifiers.of(mol);
                    long t2 = System.nanoTime();
                    nanos[0] += t1 - t0;
                    nanos[1] += t2 - t1;
                    checked++;
                    if ((!smiles.equals(actual.canonicalSmiles()) || !key.equals(actual.inchiKey()))
                            && problems.size() < 10) {
                        problems.add(line + ": expected " + smiles + " " + key + ", got " + actual);
                    }
                }
            }
        }
        System.out.printf("identifiers: %d molecules, %d differences; two InChI runs %.0f us,"
                + " one run %.0f us per molecule%n", checked, problems.size(), nanos[0] / 1e3 / checked,
                nanos[1] / 1e3 / checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void standardInchiIsTheMainAndIsotopicLayers() {
        assertEquals("InChI=1S/C2H4O2/c1-2(3)4/h1H3,(H,3,4)",
                MolecularIdentifiers.standardInchi("InChI=1/C2H4O2/c1-2(3)4/h1H3,(H,3,4)/f/h3H"));
        assertEquals("InChI=1S/C2H3D3O/c1-2-3/h2H2,1H3/i1D3",
                MolecularIdentifiers.standardInchi("InChI=1/C2H3D3O/c1-2-3/h2H2,1H3/i1D3"));
        assertEquals("InChI=1S/C2H4O2.Na/c1-2(3)4;/h1H3,(H,3,4);/q;+1/p-1",
                MolecularIdentifiers.standardInchi("InChI=1/C2H4O2.Na/c1-2(3)4;/h1H3,(H,3,4);/q;+1/p-1/fC2H3O2.Na/q-1;m/rC2H3NaO2/c1-2(4)3/h1H3"));
        assertNull(MolecularIdentifiers.standardInchi("InChI=1S/CH4/h1H4"));
    }

    private static void check(String smiles, List<String> problems) throws Exception {
        IAtomContainer mol = new Standardizer().standardize(new RecordParser().parseSmiles(smiles)).molecule();
        String expectedSmiles = new SmilesGenerator(MolecularIdentifiers.FLAVOUR).create(mol);
        String expectedKey = MolecularIdentifiers.standardInchiKey(mol);
        MolecularIdentifiers.Identifiers actual = MolecularIdentifiers.of(mol);
        boolean differs = !expectedSmiles.equals(actual.canonicalSmiles()) || !expectedKey.equals(actual.inchiKey());
        if (differs && problems.size() < 10) {
            problems.add(smiles + ": expected " + expectedSmiles + " " + expectedKey + ", got " + actual);
        }
        if (expectedKey.isEmpty() && problems.size() < 10) {
            problems.add(smiles + ": no standard InChIKey");
        }
    }
}
