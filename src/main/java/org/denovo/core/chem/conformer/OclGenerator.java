package org.denovo.core.chem.conformer;

import com.actelion.research.chem.conf.BondLengthSet;
import com.actelion.research.chem.conf.Conformer;
import com.actelion.research.chem.forcefield.mmff.ForceFieldMMFF94;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import org.openmolecules.chem.conf.gen.ConformerGenerator;
import org.openmolecules.chem.conf.gen.RigidFragmentCache;
import org.openmolecules.chem.conf.so.ConformationSelfOrganizer;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * OpenChemLib's conformer generators and its MMFF94s+ force field (BSD licence). Every route ends with an
 * MMFF94s+ clean-up (dielectric constant 4). Random seeds are fixed, so results repeat.
 *
 * <p><b>Clean-up.</b> OpenChemLib's BFGS minimiser runs to convergence (gradient tolerance 1e-4, at most
 * {@value #MAX_ITERATIONS} iterations), except that after {@value #FULL_ITERATIONS} iterations it stops as soon
 * as the geometry is sane with margin: no overlapping atoms and every bond within {@value #CLEAN_BOND_DEVIATION}
 * of ideal (checked every 10 iterations). Most molecules converge first; the stop bounds the time of the
 * largest ones. When the line search finds no downhill step (an exactly linear nitrile, a perfectly flat
 * start), every atom is moved by up to {@value #JITTER} Å (seeded) and the minimisation repeated, at most
 * {@value #ATTEMPTS} times in all. Where MMFF94 has no atom type for an atom, the unminimised coordinates are kept.
 *
 * <p><b>Bond lengths.</b> In OpenChemLib 2024.6.1 the crystal-statistics bond-length table the generators start
 * from gives wrong lengths for common bonds (1.82 Å for an sp3 C–C, 1.67 Å for C–O), so every raw conformer is
 * stretched and the clean-up has to pull it back. The table is therefore replaced, once per process, by an
 * empty one, which makes OpenChemLib fall back to its covalent radii (C–C 1.50 Å). This is process-wide
 * OpenChemLib state; nothing else in the app uses OpenChemLib.
 *
 * <p>Thread-safety: one instance per thread. {@link #cancel()} may be called from another thread; the instance
 * must not be used afterwards.
 */
final class OclGenerator {
    static final long SEED = 20_261_127L;
    static final int MAX_ITERATIONS = 4_000;
    static final int FULL_ITERATIONS = 50;
    static final double CLEAN_BOND_DEVIATION = 0.05;
    static final int SEEDS = 3;
    private static final int ATTEMPTS = 3;
    private static final int LINE_SEARCH_FAILED = 2;
    private static final double JITTER = 0.05;
    private static final Map<String, Object> MMFF_OPTIONS = Map.of("dielectric constant", 4.0);

    static {
        ForceFieldMMFF94.initialize(ForceFieldMMFF94.MMFF94SPLUS); // parameter tables, once per process
        useCovalentRadiiForBondLengths();
    }

    /**
     * OpenChemLib's shipped cache of 23,664 rigid-fragment conformers (21 MB of heap, loaded on first use of
     * {@link ConformerMethod#OPENCHEMLIB}); fragments met later are added to it. Shared by all threads, as
     * OpenChemLib intends. It took the generator from about 0.7 s to 0.26 s CPU per molecule (median, first 100
     * ChEMBL molecules, 86% of fragments found).
     */
    private static final class FragmentCache {
        static final RigidFragmentCache INSTANCE = RigidFragmentCache.getDefaultInstance();

        static {
            INSTANCE.loadDefaultCache();
        }
    }

    private volatile boolean cancelled;
    private volatile ForceFieldMMFF94 running;

    private static void useCovalentRadiiForBondLengths() {
        try {
            Path empty = Files.createTempFile("denovo-ocl-bond-lengths", ".txt");
            Files.writeString(empty, "0\n", StandardCharsets.US_ASCII);
            empty.toFile().deleteOnExit();
            BondLengthSet.setCustomDataFile(empty.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write OpenChemLib bond-length file", e);
        }
    }

    /** Stops a running call soon. */
    void cancel() {
        cancelled = true;
        ForceFieldMMFF94 ff = running;
        if (ff != null) {
            ff.interrupt();
        }
    }

    /** {@link ConformerMethod#OPENCHEMLIB}: torsion-driven conformer generator, then the clean-up. */
    void torsionConformer(PreparedMolecule prepared, IAtomContainer mol) throws StrategyFailure {
        OclMolecule om = OclMolecule.of(prepared, mol);
        // a fresh generator per molecule: a reused one kept state that made it return no conformer for most
        // molecules after a few hundred (measured), and results would depend on the molecules before
        ConformerGenerator generator = new ConformerGenerator(SEED, FragmentCache.INSTANCE, false);
        generator.setThreadMaster(() -> cancelled);
        Conformer conformer = generator.getOneConformer(om.mol);
        checkCancelled();
        if (conformer == null) {
            throw new StrategyFailure("openchemlib: no conformer", "ConformerGenerator returned none");
        }
        conformer.copyTo(om.mol);
        cleanUp(om, mol);
        om.toCdk(mol);
    }

    /**
     * {@link ConformerMethod#OPENCHEMLIB_SO}: one self-organised conformer of the whole molecule, then the clean-up.
     * The organiser returns its first conformer for a fixed seed whatever its strain, and now and then that
     * conformer has a stereocentre or double bond the wrong way round; then the next seed is tried, up to
     * {@value #SEEDS} seeds (on the first 1,000 ChEMBL molecules, the second seed fixed all 8 such cases), while
     * {@code cpuLeft} has room for two more seeds' worth (one to try, one for the clean-up).
     */
    void selfOrganizedConformer(PreparedMolecule prepared, IAtomContainer mol, LongSupplier cpuLeft)
            throws StrategyFailure {
        OclMolecule om = OclMolecule.of(prepared, mol);
        long before = cpuLeft.getAsLong();
        for (int attempt = 0; attempt < SEEDS; attempt++) {
            ConformationSelfOrganizer organizer = new ConformationSelfOrganizer(om.mol, true);
            organizer.setThreadMaster(() -> cancelled);
            Conformer conformer = organizer.generateOneConformer(SEED + attempt);
            checkCancelled();
            if (conformer == null) {
                throw new StrategyFailure("openchemlib: no conformer", "ConformationSelfOrganizer returned none");
            }
            conformer.copyTo(om.mol);
            om.toCdk(mol);
            if (StereoCheck.preserved(mol)) {
                break;
            }
            long left = cpuLeft.getAsLong();
            long perSeed = (before - left) / (attempt + 1);
            if (left < 2 * perSeed) {
                break;
            }
        }
        cleanUp(om, mol);
        om.toCdk(mol);
    }

    /** {@link ConformerMethod#CDK_MMFF}: the clean-up, from the coordinates already on {@code mol}. */
    void cleanUpCdk(PreparedMolecule prepared, IAtomContainer mol) throws StrategyFailure {
        OclMolecule om = OclMolecule.of(prepared, mol);
        om.fromCdk(mol);
        cleanUp(om, mol);
        om.toCdk(mol);
    }

    /**
     * Minimises {@code om} in place (see the class comment); leaves it untouched when MMFF94 cannot type it.
     * {@code scratch} (a CDK copy of the molecule) receives intermediate coordinates for checking.
     */
    private void cleanUp(OclMolecule om, IAtomContainer scratch) throws StrategyFailure {
        Random jitter = new Random(SEED);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ForceFieldMMFF94 ff;
            try {
                ff = new ForceFieldMMFF94(om.mol, ForceFieldMMFF94.MMFF94SPLUS, MMFF_OPTIONS);
            } catch (RuntimeException e) {
                return; // BadAtomTypeException, BadRingAromException and the like
            }
            int[] iterations = {0};
            ff.addListener(() -> { // every 10 iterations
                iterations[0] += 10;
                if (iterations[0] >= FULL_ITERATIONS && cleanEnough(om, ff.getCurrentPositions(), scratch)) {
                    ff.interrupt();
                }
            });
            running = ff;
            int status;
            try {
                // run_minimiser rather than minimise(): minimise() restarts from randomly translated coordinates
                // and keeps the result only if it converged
                status = ff.run_minimiser(MAX_ITERATIONS, 1e-4, 1e-6);
            } finally {
                running = null;
            }
            checkCancelled();
            om.setPositions(ff.getCurrentPositions());
            if (status != LINE_SEARCH_FAILED) {
                return;
            }
            // the line search found no downhill step, typically at an exactly linear nitrile or a perfectly flat
            // start: nudge every atom a little and minimise again
            om.jitter(jitter, JITTER);
        }
    }

    private static boolean cleanEnough(OclMolecule om, double[] positions, IAtomContainer scratch) {
        try {
            om.toCdk(positions, scratch);
        } catch (StrategyFailure e) {
            return false;
        }
        GeometryCheck check = GeometryCheck.of(scratch);
        return check.sane() && check.worstBondDeviation() <= CLEAN_BOND_DEVIATION;
    }

    private void checkCancelled() throws StrategyFailure {
        if (cancelled) {
            throw new StrategyFailure(ConformerException.TIMEOUT, "cancelled");
        }
    }
}
