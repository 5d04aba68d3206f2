package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.denovo.core.chem.structure.Molecules;

/** Reading back the app's canonical SMILES without re-perceiving gives the flags full perception gives. */
class CanonicalSmilesParsingTest {
    @Test
    void trustedAromaticSymbolsEqualPerceivedAromaticity() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/reference/rdkit_reference_500.csv")), StandardCharsets.UTF_8))) {
            int column = List.of(r.readLine().split(",")).indexOf("smiles");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String canonical = ReferenceMolecules.canonical(line.split(",")[column]);
                IAtomContainer perceived = Molecules.parseSmiles(canonical);
                IAtomContainer trusted = Molecules.parseCanonicalSmiles(canonical);
                String expected = flags(perceived);
                String actual = flags(trusted);
                checked++;
                if (!expected.equals(actual) && problems.size() < 10) {
                    problems.add(canonical);
                }
            }
        }
        String extra = System.getProperty("denovo.equivalence.smiles"); // e.g. chembl_valid, for a longer run
        if (extra != null) {
            for (String smiles : java.nio.file.Files.readAllLines(java.nio.file.Path.of(extra))) {
                String canonical;
                try {
                    canonical = ReferenceMolecules.canonical(smiles.split("\\s+")[0]);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                checked++;
                if (!flags(Molecules.parseSmiles(canonical)).equals(flags(Molecules.parseCanonicalSmiles(canonical)))
                        && problems.size() < 10) {
                    problems.add(canonical);
                }
            }
        }
        System.out.println("canonical SMILES read back without perception: " + checked + " molecules compared");
        assertTrue(checked >= 500);
        assertEquals(List.of(), problems);
    }

    private static String flags(IAtomContainer mol) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < mol.getAtomCount(); i++) {
            var a = mol.getAtom(i);
            sb.append(a.isAromatic() ? 'a' : 'A').append(a.isInRing() ? 'r' : '-').append(a.getImplicitHydrogenCount());
        }
        for (int i = 0; i < mol.getBondCount(); i++) {
            var b = mol.getBond(i);
            sb.append(b.isAromatic() ? ':' : '.').append(b.isInRing() ? 'r' : '-').append(b.getOrder().numeric());
        }
        return sb.toString();
    }
}
