package org.denovo.core.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.denovo.core.chem.structure.Molecules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agreement of the pains and MOSES-filter flags with RDKit 2022.09 on the 500 reference molecules. */
class AlertReferenceAgreementTest {
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
    void painsFlagAgreesWithRdkitFilterCatalog() {
        int same = 0;
        for (int i = 0; i < reference.size(); i++) {
            boolean expected = reference.get(i).pains();
            if (expected == reports.get(i).pains()) {
                same++;
            } else {
                System.out.printf("pains disagrees: %s rdkit=%s cdk=%s %s%n", reference.get(i).smiles(), expected,
                        reports.get(i).pains(), reports.get(i).hitsOf(AlertSets.MOSES_PAINS));
            }
        }
        double share = same / (double) reference.size();
        System.out.printf("pains agreement %d/%d = %.4f%n", same, reference.size(), share);
        assertTrue(share >= 0.99, "pains agreement " + share);
    }

    @Test
    void mosesFiltersFlagAgreesWithMoses() {
        int same = 0;
        for (int i = 0; i < reference.size(); i++) {
            boolean expected = reference.get(i).mosesFilters();
            if (expected == reports.get(i).mosesFilters()) {
                same++;
            } else {
                System.out.printf("moses_filters disagrees: %s moses=%s cdk=%s %s%n", reference.get(i).smiles(),
                        expected, reports.get(i).mosesFilters(), reports.get(i).hits());
            }
        }
        double share = same / (double) reference.size();
        System.out.printf("moses_filters agreement %d/%d = %.4f%n", same, reference.size(), share);
        assertTrue(share >= 0.98, "moses_filters agreement " + share);
    }
}
