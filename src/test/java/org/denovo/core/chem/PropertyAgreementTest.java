package org.denovo.core.chem;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.denovo.core.chem.structure.Molecules;

/**
 * Agreement of {@link PropertyCalculator} with RDKit 2022.09 on the 500-molecule reference
 * (src/test/resources/reference/rdkit_reference_500.csv). Another file with the same columns can
 * be checked with -Ddenovo.referenceCsv=/path/to/file.csv.
 */
class PropertyAgreementTest {
    private static final String REFERENCE = "/reference/rdkit_reference_500.csv";
    private static final int SHOWN_DISAGREEMENTS = 5;

    /** A reference column, how to read our value, and the largest difference that still counts as agreeing. */
    private record Column(String name, ToDoubleFunction<MolecularProperties> value, double tolerance) {
    }

    /**
     * Share of molecules on which every column must agree: at most 2 misses in 500. The code agrees on all 500,
     * so one or two odd molecules are the margin.
     */
    private static final double REQUIRED_SHARE = 0.995;

    /*
     * The reference prints mol_weight, crippen_logp, fsp3 and qed with 4 decimals and tpsa with 3, so rounding
     * alone leaves up to half a unit of the last digit; the code's largest difference is exactly that (printed
     * below as "max deviation"). The tolerance is one unit of the last printed digit: a changed contribution,
     * atomic mass or QED weight shows up, rounding does not.
     */
    private static final List<Column> COLUMNS = List.of(
            new Column("mol_weight", MolecularProperties::molWeight, 1e-4),
            new Column("heavy_atoms", MolecularProperties::heavyAtoms, 0),
            new Column("rings", MolecularProperties::rings, 0),
            new Column("aromatic_rings", MolecularProperties::aromaticRings, 0),
            new Column("hbd", MolecularProperties::hbd, 0),
            new Column("hba", MolecularProperties::hba, 0),
            new Column("rotatable_bonds", MolecularProperties::rotatableBonds, 0),
            new Column("tpsa", MolecularProperties::tpsa, 1e-3),
            new Column("crippen_logp", MolecularProperties::crippenLogP, 1e-4),
            new Column("fsp3", MolecularProperties::fsp3, 1e-4),
            new Column("qed", MolecularProperties::qed, 1e-4));

    private static final Map<String, Integer> agreeing = new LinkedHashMap<>();
    private static final Map<String, List<String>> disagreements = new LinkedHashMap<>();
    private static final Map<String, Double> largestDeviation = new LinkedHashMap<>();
    private static int molecules;

    @BeforeAll
    static void computeAgreement() throws Exception {
        List<String> lines = readReference();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        for (Column column : COLUMNS) {
            agreeing.put(column.name(), 0);
            disagreements.put(column.name(), new ArrayList<>());
        }
        PropertyCalculator calculator = new PropertyCalculator();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            String smiles = fields[0];
            IAtomContainer mol = Molecules.parseSmiles(smiles);
            MolecularProperties ours = calculator.calculate(mol);
            molecules++;
            for (Column column : COLUMNS) {
                double expected = Double.parseDouble(fields[header.indexOf(column.name())]);
                double actual = column.value().applyAsDouble(ours);
                largestDeviation.merge(column.name(), Math.abs(expected - actual), Math::max);
                if (Math.abs(expected - actual) <= column.tolerance() + 1e-9) {
                    agreeing.merge(column.name(), 1, Integer::sum);
                } else {
                    disagreements.get(column.name()).add(
                            String.format(Locale.ROOT, "%s rdkit=%s ours=%.4f", smiles, fields[header.indexOf(column.name())], actual));
                }
            }
        }
        printSummary();
    }

    private static List<String> readReference() throws IOException {
        String override = System.getProperty("denovo.referenceCsv");
        if (override != null && !override.isBlank()) {
            return Files.readAllLines(Path.of(override), StandardCharsets.UTF_8);
        }
        try (InputStream in = PropertyAgreementTest.class.getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new IOException("missing " + REFERENCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static void printSummary() {
        StringBuilder out = new StringBuilder("RDKit agreement over " + molecules + " molecules\n");
        out.append(String.format(Locale.ROOT, "%-16s %8s %9s %9s %10s %14s%n", "column", "agree", "share", "required",
                "tolerance", "max deviation"));
        for (Column column : COLUMNS) {
            out.append(String.format(Locale.ROOT, "%-16s %8d %8.2f%% %8.1f%% %10.4f %14.6f%n", column.name(),
                    agreeing.get(column.name()), 100.0 * share(column), 100 * REQUIRED_SHARE,
                    column.tolerance(), largestDeviation.getOrDefault(column.name(), 0.0)));
        }
        for (Column column : COLUMNS) {
            List<String> misses = disagreements.get(column.name());
            misses.stream().limit(SHOWN_DISAGREEMENTS)
                    .forEach(miss -> out.append("  ").append(column.name()).append(": ").append(miss).append('\n'));
        }
        System.out.print(out);
    }

    private static double share(Column column) {
        return molecules == 0 ? 0 : (double) agreeing.get(column.name()) / molecules;
    }

    @Test
    void referenceHasMolecules() {
        if (System.getProperty("denovo.referenceCsv", "").isBlank()) {
            assertEquals(500, molecules, "molecules in " + REFERENCE);
        }
        assertTrue(molecules >= 100, "too few reference molecules: " + molecules);
    }

    @Test
    void everyColumnMeetsItsRequiredShare() {
        List<Executable> checks = new ArrayList<>();
        for (Column column : COLUMNS) {
            checks.add(() -> assertTrue(share(column) >= REQUIRED_SHARE, String.format(Locale.ROOT,
                    "%s agrees on %.2f%% < %.1f%%; first misses: %s", column.name(), 100 * share(column),
                    100 * REQUIRED_SHARE, disagreements.get(column.name()).stream().limit(3).toList())));
        }
        assertAll(checks);
    }

    @Test
    void everyColumnWasCompared() {
        assertEquals(COLUMNS.size(), agreeing.size());
    }
}
