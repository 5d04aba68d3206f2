package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openscience.cdk.exception.CDKException;

/** The parser must be at least as strict as RDKit, or validity would be overstated. */
class RecordParserTest {
    private final RecordParser parser = new RecordParser();

    @ParameterizedTest
    @ValueSource(strings = {"#C", "C#", "C=", "=CC", "C1CC1=", "C((C))", "C()C", ".C", "C.", "C(C=)C", "[CH5]",
            "C(=O)(=O)(=O)C", "CN(C)(C)(C)C", "c1cccc1", "O=C(O)ncn1cncn1", "COcc1ccP1", "C(", "C1CC", "O=[N+]=O=O", "FC(F)(F)(F)F"})
    void rejectsWhatRdkitRejects(String smiles) {
        assertThrows(CDKException.class, () -> parser.parseSmiles(smiles));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C=1CC1", "C[N+](C)(C)C", "CS(=O)(=O)N", "O=P(O)(O)O", "c1cc[nH]c1", "C[S+](C)C",
            "[O-][N+](=O)c1ccccc1", "IC(I)I", "O=I(=O)c1ccccc1", "C/C=C/C", "[Na+].[Cl-]", "CC(=O)[O-]", "[NH4+]",
            "F[P-](F)(F)(F)(F)F", "c1ccc2c(c1)[se]c1ccccc12", "[2H]C", "C%10CC%10"})
    void acceptsValidMolecules(String smiles) {
        assertDoesNotThrow(() -> parser.parseSmiles(smiles));
    }
}
