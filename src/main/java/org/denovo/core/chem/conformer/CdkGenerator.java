package org.denovo.core.chem.conformer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.vecmath.Point3d;
import org.denovo.core.chem.structure.Molecules;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.modeling.builder3d.ModelBuilder3D;
import org.openscience.cdk.modeling.builder3d.TemplateHandler3D;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * CDK's {@link ModelBuilder3D} with its ring templates and MM2 parameters.
 *
 * <p>Thread-safety: {@code ModelBuilder3D.getInstance} hands out one process-wide instance per force field (its
 * constructor is private), and that instance and the template handler it shares load their data lazily
 * without locking. Every call therefore runs under one process-wide lock. A call abandoned after its time
 * budget may never return (its layout loop has no exit for atoms it cannot place), keeping the lock; later
 * calls then fail fast with a timeout instead of waiting.
 */
final class CdkGenerator {
    static final String FORCE_FIELD = "mm2";
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final Set<Thread> ABANDONED = ConcurrentHashMap.newKeySet();
    /** The thread inside CDK's builder, or null. */
    private static volatile Thread holder;
    private static volatile boolean loaded;

    static {
        // CDK logs to stderr when no logging backend is on the class path; its 3D builder warns about every
        // default bond length and its template reader about every template. Quiet unless the user chose a level.
        if (System.getProperty("cdk.logging.level") == null) {
            System.setProperty("cdk.logging.level", "fatal");
        }
    }

    /** Records a thread whose call was given up on; while it is stuck inside CDK's builder, CDK calls fail at once. */
    static void abandoned(Thread t) {
        ABANDONED.add(t);
    }

    /**
     * Loads the ring templates (several seconds; they stay in memory) by building cyclohexane. Called once
     * outside the time budget, so that the first molecule is not timed out.
     */
    static void load() throws Exception {
        if (loaded) {
            return;
        }
        LOCK.lock();
        try {
            if (!loaded) {
                IAtomContainer ring = Molecules.parseSmiles("C1CCCCC1");
                AtomContainerManipulator.convertImplicitToExplicitHydrogens(ring);
                ModelBuilder3D.getInstance(TemplateHandler3D.getInstance(), FORCE_FIELD, Molecules.BUILDER)
                        .generate3DCoordinates(ring, false);
                loaded = true;
            }
        } finally {
            LOCK.unlock();
        }
    }

    /** Sets 3D points on the atoms of {@code mol}; waits at most {@code lockWaitNanos} for other CDK work. */
    void generate(IAtomContainer mol, long lockWaitNanos) throws Exception {
        ABANDONED.removeIf(t -> !t.isAlive());
        Thread h = holder;
        if (h != null && ABANDONED.contains(h)) {
            throw new StrategyFailure(ConformerException.TIMEOUT, "CDK 3D builder stuck in an earlier call");
        }
        if (!LOCK.tryLock(lockWaitNanos, TimeUnit.NANOSECONDS)) {
            throw new StrategyFailure(ConformerException.TIMEOUT, "CDK 3D builder busy");
        }
        holder = Thread.currentThread();
        try {
            ModelBuilder3D builder = ModelBuilder3D.getInstance(TemplateHandler3D.getInstance(), FORCE_FIELD,
                    Molecules.BUILDER);
            // the builder retypes atoms and clears flags: work on a copy, take the coordinates back by index
            IAtomContainer work = mol.clone();
            for (IAtom a : work.atoms()) {
                a.setPoint2d(null);
                a.setPoint3d(null);
            }
            try {
                builder.generate3DCoordinates(work, false);
            } catch (CDKException | java.io.IOException e) {
                throw new StrategyFailure(reason(e), e.getMessage());
            }
            for (int i = 0; i < mol.getAtomCount(); i++) {
                Point3d p = work.getAtom(i).getPoint3d();
                mol.getAtom(i).setPoint3d(p == null ? null : new Point3d(p));
            }
        } finally {
            holder = null;
            LOCK.unlock();
        }
    }

    private static String reason(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("NOT connected")) {
            return "cdk: disconnected molecule";
        }
        if (m.contains("RingAtomLayoutError") || m.contains("ring atom")) {
            return "cdk: no ring template";
        }
        if (e instanceof org.openscience.cdk.exception.NoSuchAtomTypeException || m.contains("atom type")
                || m.contains("AtomType")) {
            return "cdk: no MM2 atom type";
        }
        return "cdk: " + e.getClass().getSimpleName();
    }
}
