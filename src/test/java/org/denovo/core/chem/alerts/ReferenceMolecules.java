package org.denovo.core.chem.alerts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The RDKit oracle src/test/resources/reference/rdkit_reference_500.csv: smiles plus the pains and moses_filters flags. */
record ReferenceMolecules(String smiles, boolean pains, boolean mosesFilters) {

    static List<ReferenceMolecules> load() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ReferenceMolecules.class.getResourceAsStream("/reference/rdkit_reference_500.csv")), StandardCharsets.UTF_8))) {
            List<String> header = List.of(reader.readLine().split(","));
            int smiles = header.indexOf("smiles");
            int pains = header.indexOf("pains");
            int moses = header.indexOf("moses_filters");
            List<ReferenceMolecules> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                rows.add(new ReferenceMolecules(f[smiles], f[pains].equals("1"), f[moses].equals("1")));
            }
            return rows;
        }
    }
}
