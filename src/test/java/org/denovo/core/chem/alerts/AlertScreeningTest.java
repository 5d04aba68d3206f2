package org.denovo.core.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.denovo.core.chem.structure.Molecules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Pre-screening never changes a result, and concurrent screening gives the sequential results.
 * Also prints the throughput with and without pre-screening over the 500 reference molecules.
 */
class AlertScreeningTest {
    private static final List<IAtomContainer> MOLECULES = new ArrayList<>();

    @BeforeAll
    static void parse() throws Exception {
        for (ReferenceMolecules r : ReferenceMolecules.load()) {
            MOLECULES.add(Molecules.parseSmiles(r.smiles()));
        }
    }

    @Test
    void preScreeningIsConservativeAndFaster() {
        AlertCatalog screened = AlertCatalog.loadDefault();
        AlertCatalog unscreened = AlertCatalog.load(false, false);
        screenAll(screened); // warm-up
        long t0 = System.nanoTime();
        List<AlertReport> fast = screenAll(screened);
        long t1 = System.nanoTime();
        List<AlertReport> slow = screenAll(unscreened);
        long t2 = System.nanoTime();
        System.out.printf("alert screening, %d molecules, %d patterns: with pre-screen %.1f mol/s, without %.1f mol/s%n",
                MOLECULES.size(), screened.alerts().size(),
                MOLECULES.size() / ((t1 - t0) / 1e9), MOLECULES.size() / ((t2 - t1) / 1e9));
        assertEquals(slow, fast);
    }

    @Test
    void concurrentScreeningMatchesSequential() throws Exception {
        AlertCatalog catalog = AlertCatalog.loadDefault();
        List<AlertReport> sequential = screenAll(catalog);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AlertReport>> futures = new ArrayList<>();
            for (IAtomContainer mol : MOLECULES) {
                futures.add(pool.submit(() -> catalog.screen(mol)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<AlertReport> screenAll(AlertCatalog catalog) {
        return MOLECULES.stream().map(catalog::screen).toList();
    }
}
