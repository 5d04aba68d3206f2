package org.denovo.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rehearsal's stored molecules are what the analyser makes of their SMILES today. */
class RehearsalMoleculesTest {
    @Test
    void storedMoleculesMatchTheAnalyser() throws Exception {
        JsonNode analysed = TableWarmUp.JSON.valueToTree(TableWarmUp.analyse());
        JsonNode stored = TableWarmUp.JSON.valueToTree(TableWarmUp.storedMolecules());
        if (!analysed.equals(stored)) {
            Path fresh = Path.of("target", TableWarmUp.MOLECULES);
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, TableWarmUp.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(analysed) + "\n");
            assertEquals(analysed.toPrettyString(), stored.toPrettyString(),
                    "the stored rehearsal molecules are out of date; the analyser's are in " + fresh
                            + ", copy them to src/main/resources/org/denovo/ui/table/");
        }
        assertEquals(TableWarmUp.SMILES.size(), stored.size());
    }
}
