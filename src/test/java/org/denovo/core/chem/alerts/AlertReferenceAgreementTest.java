package org.denovo.core.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.denovo.core.chem.structure.Molecules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agreement of the pains and MOSES-filter flags with RDKit 2022.09 on the 500 reference molecules. The code
 * disagrees on one pains flag (FilterCatalog's thiaz_ene_A, absent from the MOSES file; docs/alerts.md) and on no
 * MOSES-filter flag, so each flag may disagree on at most one molecule.
 */
class AlertReferenceAgreementTest {
    private static final int ALLOWED_DISAGREEMENTS = 1;

    private static List<ReferenceMolecules> reference;
    private static List<AlertReport> reports;

    @BeforeAll
    static void screenReference() throws Exception {
        reference = ReferenceMolecules.load();
        AlertCatalog catalog = AlertCatalog.loadDefault();
        reports = reference.stream().map(r -> {
            try {
                return catalog.screen(Molecules.parseSmiles(r.smiles()));
            } catch (Exception e) {
                throw new IllegalStateException(r.smiles(), e);
            }
        }).toList();
    }

    @Test
    void referenceHasFiveHundredMolecules() {
        assertEquals(500, reference.size());
    }

    @Test
    void painsFlagAgreesWithRdkitFilterCatalog() {
        List<String> misses = disagreements("pains", ReferenceMolecules::pains, AlertReport::pains);
        assertTrue(misses.size() <= ALLOWED_DISAGREEMENTS, misses.size() + " pains disagreements: " + misses);
    }

    @Test
    void mosesFiltersFlagAgreesWithMoses() {
        List<String> misses = disagreements("moses_filters", ReferenceMolecules::mosesFilters,
                AlertReport::mosesFilters);
        assertTrue(misses.size() <= ALLOWED_DISAGREEMENTS, misses.size() + " moses_filters disagreements: " + misses);
    }

    /** The molecules whose flag differs from the reference, each with the expected and our flag and our hits. */
    private static List<String> disagreements(String flag, Predicate<ReferenceMolecules> expected,
                                              Predicate<AlertReport> ours) {
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) {
            boolean want = expected.test(reference.get(i));
            boolean got = ours.test(reports.get(i));
            if (want != got) {
                misses.add(String.format(Locale.ROOT, "%s reference=%s ours=%s %s", reference.get(i).smiles(), want, got,
                        reports.get(i).hits().stream().map(AlertHit::key).toList()));
            }
        }
        System.out.printf("%s agreement %d/%d%n", flag, reference.size() - misses.size(), reference.size());
        misses.forEach(m -> System.out.println("  " + flag + " disagrees: " + m));
        return misses;
    }
}
