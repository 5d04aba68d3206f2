package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openscience.cdk.exception.CDKException;
import org.denovo.core.chem.structure.Molecules;

class StandardizerTest {
    private final RecordParser parser = new RecordParser();
    private final Standardizer standardizer = new Standardizer();

    private String standard(String smiles) throws CDKException {
        return Molecules.canonicalSmiles(standardizer.standardize(parser.parseSmiles(smiles)).molecule());
    }

    @ParameterizedTest(name = "{0} -> same as {1}")
    @CsvSource(delimiter = ';', value = {
            "[Na+].CC(=O)[O-];CC(=O)O",
            "CC(=O)O.O.O;CC(=O)O",
            "Cl.CN1CCCC1;CN1CCCC1",
            "C[NH+]1CCCC1.[Cl-];CN1CCCC1",
            "OC(=O)CC[NH3+];NCCC(=O)O",
            "[O-]C(=O)CC[NH3+];NCCC(=O)O",
            "C1=CC=CC=C1O;Oc1ccccc1",
            "Oc1ccccc1;c1ccc(O)cc1",
            "[H]OC([H])([H])[H];CO",
            "C[C@H](N)C(=O)O;N[C@@H](C)C(=O)O",
    })
    void equivalentInputsGiveOneCanonicalSmiles(String input, String expectedEquivalent) throws CDKException {
        assertEquals(standard(expectedEquivalent), standard(input));
    }

    @Test
    void keepsChargesThatCannotBeNeutralised() throws CDKException {
        // nitro and N-oxide are charge-separated forms; quaternary ammonium has no proton to lose
        assertEquals(standard("C[N+](=O)[O-]"), standard("[O-][N+](C)=O"));
        assertEquals(1, charge(standard("C[N+](C)(C)C.[Cl-]")));
        // a betaine keeps its carboxylate to balance the permanent cation
        assertEquals(0, charge(standard("C[N+](C)(C)CC(=O)[O-]")));
        assertEquals(0, charge(standard("c1cc[n+]([O-])cc1")));
    }

    @Test
    void largestOrganicFragmentWinsOverLargerInorganic() throws CDKException {
        assertEquals(standard("CC"), standard("CC.[O-]S(=O)(=O)[O-].[Na+].[Na+]"));
    }

    @Test
    void stereoIsKeptAndDistinguishesEnantiomers() throws CDKException {
        String r = standard("C[C@@H](O)CC");
        String s = standard("C[C@H](O)CC");
        org.junit.jupiter.api.Assertions.assertNotEquals(r, s);
        assertEquals(r, standard("CC[C@H](O)C"));
    }

    @Test
    void invalidSmilesFailsWithAReason() {
        CDKException e = assertThrows(CDKException.class, () -> standard("C1CC"));
        org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().isBlank());
    }

    private int charge(String smiles) throws CDKException {
        int total = 0;
        for (var atom : Molecules.parseSmiles(smiles).atoms()) {
            total += atom.getFormalCharge();
        }
        return total;
    }
}
