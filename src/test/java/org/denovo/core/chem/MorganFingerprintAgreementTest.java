package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.denovo.core.chem.structure.Molecules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Bit-for-bit agreement with RDKit's GetMorganFingerprintAsBitVect on about 2,100 molecules
 * (src/test/resources/reference/morgan_reference.tsv.gz, written by morgan_reference.py next to it):
 * the 500 reference molecules, 1,500 further ChEMBL validation molecules and hand-picked edge cases.
 * Another file from the same generator can be checked with -Ddenovo.morganReference=FILE.tsv.gz.
 */
class MorganFingerprintAgreementTest {
    private static final String REFERENCE = "/reference/morgan_reference.tsv.gz";
    /** (radius, bits) of the reference columns, in file order. */
    private static final int[][] CONFIGURATIONS = {{2, 1024}, {2, 2048}, {2, 4096}, {3, 2048}, {4, 2048}};
    private static final int TANIMOTO_COLUMN = 1;
    private static final double MIN_AGREEMENT = 0.999;

    record Reference(String smiles, Fingerprint[] expected, Double tanimotoWithPrevious) {
    }

    private static List<Reference> references;
    /** computed[i][c], null where the SMILES could not be read. */
    private static Fingerprint[][] computed;

    @BeforeAll
    static void fingerprintAll() throws IOException {
        references = readReference();
        computed = new Fingerprint[references.size()][];
        for (int i = 0; i < references.size(); i++) {
            try {
                IAtomContainer mol = Molecules.parseSmiles(references.get(i).smiles());
                computed[i] = new Fingerprint[CONFIGURATIONS.length];
                for (int c = 0; c < CONFIGURATIONS.length; c++) {
                    computed[i][c] = MorganFingerprint.of(mol, CONFIGURATIONS[c][0], CONFIGURATIONS[c][1]);
                }
            } catch (Exception e) {
                System.out.println("cannot fingerprint " + references.get(i).smiles() + ": " + e.getMessage());
            }
        }
    }

    @Test
    void bitsEqualRdkitForEachRadiusAndSize() {
        int n = references.size();
        assertTrue(n >= 2000, "reference size " + n);
        for (int c = 0; c < CONFIGURATIONS.length; c++) {
            int equal = 0;
            for (int i = 0; i < n; i++) {
                if (computed[i] != null && computed[i][c].equals(references.get(i).expected()[c])) {
                    equal++;
                } else if (c == TANIMOTO_COLUMN) {
                    System.out.println("differs from RDKit: " + references.get(i).smiles());
                }
            }
            System.out.printf("Morgan radius %d, %d bits: %d of %d molecules identical to RDKit%n",
                    CONFIGURATIONS[c][0], CONFIGURATIONS[c][1], equal, n);
            assertTrue(equal >= MIN_AGREEMENT * n, "radius " + CONFIGURATIONS[c][0] + ", "
                    + CONFIGURATIONS[c][1] + " bits: only " + equal + " of " + n + " identical");
        }
    }

    @Test
    void tanimotoOfConsecutivePairsEqualsRdkit() {
        int pairs = 0;
        int agreeing = 0;
        for (int i = 1; i < references.size(); i++) {
            Double expected = references.get(i).tanimotoWithPrevious();
            if (expected == null) {
                continue;
            }
            pairs++;
            if (computed[i] != null && computed[i - 1] != null) {
                double actual = computed[i][TANIMOTO_COLUMN].tanimoto(computed[i - 1][TANIMOTO_COLUMN]);
                if (Math.abs(actual - expected) <= 1e-12) {
                    agreeing++;
                }
            }
        }
        System.out.printf("Tanimoto (radius 2, 2048 bits) within 1e-12 of RDKit: %d of %d pairs%n", agreeing, pairs);
        assertTrue(pairs >= 2000, "pairs " + pairs);
        assertTrue(agreeing >= MIN_AGREEMENT * pairs, "only " + agreeing + " of " + pairs + " pairs agree");
    }

    @Test
    void theAppsCanonicalSmilesGivesTheSameFingerprint() {
        int n = 0;
        int equal = 0;
        for (int i = 0; i < references.size(); i++) {
            if (computed[i] == null) {
                continue;
            }
            n++;
            try {
                String canonical = Molecules.canonicalSmiles(Molecules.parseSmiles(references.get(i).smiles()));
                if (MorganFingerprint.ofSmiles(canonical, 2, 2048).equals(references.get(i).expected()[TANIMOTO_COLUMN])) {
                    equal++;
                } else {
                    System.out.println("canonical SMILES differs from RDKit: " + canonical);
                }
            } catch (Exception e) {
                System.out.println("cannot write canonical SMILES of " + references.get(i).smiles());
            }
        }
        System.out.printf("via the app's canonical SMILES, radius 2, 2048 bits: %d of %d identical to RDKit%n", equal, n);
        assertTrue(equal >= MIN_AGREEMENT * n, "only " + equal + " of " + n + " identical");
    }

    @Test
    void fingerprintsDependOnRadiusAndSize() throws Exception {
        Fingerprint r2 = MorganFingerprint.ofSmiles("CC(=O)Nc1ccc(O)cc1", 2, 2048);
        assertNotEquals(r2, MorganFingerprint.ofSmiles("CC(=O)Nc1ccc(O)cc1", 1, 2048));
        assertEquals(2048, r2.words().length * 64);
        assertEquals(1024, MorganFingerprint.ofSmiles("CC(=O)Nc1ccc(O)cc1", 2, 1024).words().length * 64);
        assertEquals(r2, new Fingerprints().morgan(Molecules.parseSmiles("CC(=O)Nc1ccc(O)cc1"), 2, 2048));
    }

    @Test
    void unreadableSmilesAndBadSizesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MorganFingerprint.ofSmiles("C1CC", 2, 2048));
        assertTrue(e.getMessage().contains("C1CC"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MorganFingerprint.ofSmiles("CCO", 2, 0));
        assertThrows(IllegalArgumentException.class, () -> MorganFingerprint.ofSmiles("CCO", -1, 2048));
    }

    private static List<Reference> readReference() throws IOException {
        List<Reference> out = new ArrayList<>();
        String file = System.getProperty("denovo.morganReference");
        InputStream raw = file == null
                ? Objects.requireNonNull(MorganFingerprintAgreementTest.class.getResourceAsStream(REFERENCE))
                : Files.newInputStream(Path.of(file));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Fingerprint[] expected = new Fingerprint[CONFIGURATIONS.length];
                for (int c = 0; c < CONFIGURATIONS.length; c++) {
                    expected[c] = bits(f[c + 1], CONFIGURATIONS[c][1]);
                }
                String tanimoto = f[CONFIGURATIONS.length + 1];
                out.add(new Reference(f[0], expected, tanimoto.isEmpty() ? null : Double.valueOf(tanimoto)));
            }
        }
        return out;
    }

    private static Fingerprint bits(String onBits, int length) {
        BitSet set = new BitSet(length);
        if (!onBits.isEmpty()) {
            for (String bit : onBits.split(" ")) {
                set.set(Integer.parseInt(bit));
            }
        }
        return Fingerprint.of(set, length);
    }
}
