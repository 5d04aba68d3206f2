package org.denovo.core.chem.conformer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.denovo.core.chem.MolBlocks;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Makes 3D coordinates for a SMILES: tries the generators in order, checks each result with
 * {@link GeometryCheck} and for the stereo the SMILES specifies, and returns the first
 * {@link Conformer#usable() usable} one, or else the least bad one (not usable, with its check), or throws
 * {@link ConformerException} when no generator produced coordinates at all (invalid SMILES, errors, time-outs).
 *
 * <p>The default order, {@link #DEFAULT_ORDER}, was chosen by measurement (docs/decisions/0007-3d-coordinates.md).
 *
 * <p>Time budget: each generator call runs on this builder's own worker thread and is given up after it used
 * the budget in CPU time ({@link #DEFAULT_BUDGET}), or five times the budget in wall-clock time (a busy machine
 * should slow molecules down, not fail them). The molecule then fails that generator with reason
 * {@value ConformerException#TIMEOUT} and the next one is tried. OpenChemLib stops when cancelled; CDK cannot
 * be stopped, so an abandoned CDK call keeps its (daemon) thread until it returns. The first use of each
 * generator loads its data outside the budget.
 *
 * <p>A builder may also have a budget per molecule, all generators together ({@link #interactive()}: 160 ms of
 * CPU time). Once it is spent, no further generator is tried: the best coordinates so far are returned, marked
 * {@link Conformer#cutShort()}, or, with none, {@link ConformerException} with reason
 * {@value ConformerException#TIMEOUT}; a viewer can show what there is at once and ask a builder without that
 * limit for better in the background.
 *
 * <p>Thread-safety: not thread-safe; use one builder per background thread and {@link #close()} it when done.
 * Builders on different threads may run at the same time (each has its own OpenChemLib generator; CDK's 3D
 * builder is one shared instance, so CDK calls are serialised, see {@link CdkGenerator}). CDK and OpenChemLib
 * molecules never leave the builder: a {@link Conformer} is immutable text and numbers.
 */
public final class ConformerBuilder implements AutoCloseable {
    /** Chosen by measurement, see docs/decisions/0007-3d-coordinates.md. */
    public static final List<ConformerMethod> DEFAULT_ORDER = List.of(ConformerMethod.OPENCHEMLIB_SO,
            ConformerMethod.OPENCHEMLIB);
    /** CPU time allowed per generator call. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);
    /** CPU time allowed per molecule by {@link #interactive()}: an answer, good or not, in under 200 ms (the budget is
     * noticed up to 10 ms late, and the checks and molfile after it take up to about 10 ms more). */
    public static final Duration INTERACTIVE_BUDGET = Duration.ofMillis(160);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Wall-clock limit per call, as a multiple of the CPU budget (a busy machine slows calls down). */
    private static final int WALL_FACTOR = 5;
    private static final long POLL_MILLIS = 10;
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(60);
    private static final String WARM_UP_SMILES = "CC(=O)Nc1ccc(O)cc1";

    private final List<ConformerMethod> order;
    private final long budgetNanos;
    private final long moleculeBudgetNanos;
    private final CdkGenerator cdk = new CdkGenerator();
    private OclGenerator ocl;
    private final EnumSet<ConformerMethod> warmedUp = EnumSet.noneOf(ConformerMethod.class);
    private ExecutorService worker;
    private volatile Thread workerThread;

    /** The default order and budget. */
    public ConformerBuilder() {
        this(DEFAULT_ORDER, DEFAULT_BUDGET);
    }

    /**
     * @param order generators to try, first to last
     * @param budget CPU time allowed per generator call (wall clock: five times that)
     */
    public ConformerBuilder(List<ConformerMethod> order, Duration budget) {
        this(order, budget, null);
    }

    /**
     * @param order generators to try, first to last
     * @param budget CPU time allowed per generator call (wall clock: five times that)
     * @param moleculeBudget CPU time allowed per molecule, all generators together; null for no limit
     */
    public ConformerBuilder(List<ConformerMethod> order, Duration budget, Duration moleculeBudget) {
        if (order.isEmpty()) {
            throw new IllegalArgumentException("no 3D method given");
        }
        this.order = List.copyOf(order);
        this.budgetNanos = budget.toNanos();
        this.moleculeBudgetNanos = moleculeBudget == null ? Long.MAX_VALUE : moleculeBudget.toNanos();
        if (budgetNanos <= 0 || moleculeBudgetNanos <= 0) {
            throw new IllegalArgumentException("time budget must be positive");
        }
    }

    /** The default order, at most {@link #INTERACTIVE_BUDGET} of CPU time per molecule. */
    public static ConformerBuilder interactive() {
        return new ConformerBuilder(DEFAULT_ORDER, DEFAULT_BUDGET, INTERACTIVE_BUDGET);
    }

    public List<ConformerMethod> order() {
        return order;
    }

    /**
     * Loads the data of every generator in this builder's order now (OpenChemLib's fragment cache alone takes
     * about half a second), rather than on the first molecule that needs each one. Blocks; call it off the UI
     * thread.
     */
    public void warmUp() throws ConformerException {
        for (ConformerMethod method : order) {
            if (!warmedUp.contains(method)) {
                warmUp(method);
            }
        }
    }

    /** True once {@code method}'s data is loaded, by {@link #warmUp()} or a first call. */
    boolean warmedUp(ConformerMethod method) {
        return warmedUp.contains(method);
    }

    /** 3D coordinates by this builder's generators, in order. */
    public Conformer build(String smiles) throws ConformerException {
        return build(smiles, order);
    }

    /** 3D coordinates by one generator only (for benchmarks and comparisons). */
    public Conformer build(String smiles, ConformerMethod method) throws ConformerException {
        return build(smiles, List.of(method));
    }

    private Conformer build(String smiles, List<ConformerMethod> methods) throws ConformerException {
        long t0 = System.nanoTime();
        long cpu0 = cpuTime();
        PreparedMolecule prepared;
        try {
            prepared = PreparedMolecule.of(smiles);
        } catch (ConformerException e) {
            throw new ConformerException(e.reason(), e.getMessage(), System.nanoTime() - t0, cpuTime() - cpu0,
                    e.getCause());
        }
        Candidate best = null;
        List<String> errors = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        long cpu = 0;
        boolean cutShort = false;
        for (ConformerMethod method : methods) {
            long left = moleculeBudgetNanos - (cpu + cpuTime() - cpu0);
            if (left <= 0) {
                cutShort = true;
                errors.add(method.id() + ": not tried, the molecule's time budget is spent");
                reasons.add(ConformerException.TIMEOUT);
                break;
            }
            IAtomContainer mol = prepared.copy();
            Outcome outcome = run(method, prepared, mol, Math.min(budgetNanos, left));
            cpu += outcome.cpuNanos;
            if (outcome.failure != null) {
                cutShort |= ConformerException.TIMEOUT.equals(outcome.failure.reason()) && left < budgetNanos;
                errors.add(method.id() + ": " + String.valueOf(outcome.failure.getMessage()).replace('\n', ' '));
                reasons.add(outcome.failure.reason());
                continue;
            }
            GeometryCheck check = GeometryCheck.of(mol);
            boolean stereo = check.finite() && StereoCheck.preserved(mol);
            Candidate candidate = new Candidate(method, mol, check, stereo);
            if (best == null || Candidate.ORDER.compare(candidate, best) > 0) {
                best = candidate;
            }
            if (candidate.usable()) {
                break;
            }
        }
        if (best == null) {
            throw new ConformerException(String.join(" / ", reasons.stream().distinct().toList()),
                    "no 3D coordinates for " + prepared.canonicalSmiles + ": " + String.join("; ", errors),
                    System.nanoTime() - t0, cpu + cpuTime() - cpu0, null);
        }
        String block = molBlock(best.mol);
        return new Conformer(prepared.canonicalSmiles, block, best.method.id(), best.check, best.stereo,
                System.nanoTime() - t0, cpu + cpuTime() - cpu0, cutShort && !best.usable());
    }

    /** Stops the worker thread. */
    @Override
    public void close() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
        if (ocl != null) {
            ocl.cancel();
            ocl = null;
        }
    }

    // ---- running a generator under the budget -----------------------------------------------------------

    private record Outcome(StrategyFailure failure, long cpuNanos) {
    }

    private Outcome run(ConformerMethod method, PreparedMolecule prepared, IAtomContainer mol, long callBudgetNanos)
            throws ConformerException {
        if (!warmedUp.contains(method)) {
            warmUp(method);
        }
        ExecutorService exec = worker();
        OclGenerator oclGenerator = method == ConformerMethod.CDK ? null : ocl();
        AtomicLong cpuStart = new AtomicLong(-1);
        Future<Long> future = exec.submit(() -> {
            long c0 = cpuTime();
            cpuStart.set(c0);
            generate(method, oclGenerator, prepared, mol, c0 + callBudgetNanos);
            return cpuTime() - c0;
        });
        long wallDeadline = System.nanoTime() + WALL_FACTOR * callBudgetNanos;
        try {
            while (true) {
                try {
                    return new Outcome(null, future.get(POLL_MILLIS, TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    long c0 = cpuStart.get();
                    long cpu = c0 < 0 ? 0 : workerCpuTime() - c0;
                    if (cpu > callBudgetNanos || System.nanoTime() > wallDeadline) {
                        abandon(future, oclGenerator);
                        return new Outcome(new StrategyFailure(ConformerException.TIMEOUT, method.id() + " used more than "
                                + Duration.ofNanos(callBudgetNanos).toMillis() + " ms of CPU time (or "
                                + WALL_FACTOR + "x that in wall-clock time)"), cpu);
                    }
                }
            }
        } catch (InterruptedException e) {
            abandon(future, oclGenerator);
            Thread.currentThread().interrupt();
            throw new ConformerException("interrupted", "interrupted", 0, 0, e);
        } catch (ExecutionException e) {
            long c0 = cpuStart.get();
            long cpu = c0 < 0 ? 0 : Math.max(0, workerCpuTime() - c0);
            Throwable cause = e.getCause();
            if (cause instanceof StrategyFailure f) {
                return new Outcome(f, cpu);
            }
            return new Outcome(new StrategyFailure(method.id() + ": " + cause.getClass().getSimpleName(),
                    String.valueOf(cause.getMessage())), cpu);
        }
    }

    /** @param cpuDeadline the generator thread's CPU time at which the call is given up */
    private void generate(ConformerMethod method, OclGenerator oclGenerator, PreparedMolecule prepared,
            IAtomContainer mol, long cpuDeadline) throws Exception {
        switch (method) {
            case CDK -> cdk.generate(mol, budgetNanos);
            case CDK_MMFF -> {
                cdk.generate(mol, budgetNanos);
                oclGenerator.cleanUpCdk(prepared, mol);
            }
            case OPENCHEMLIB -> oclGenerator.torsionConformer(prepared, mol);
            case OPENCHEMLIB_SO -> oclGenerator.selfOrganizedConformer(prepared, mol, () -> cpuDeadline - cpuTime());
        }
    }

    /**
     * First use of a generator loads its data (CDK's ring templates take seconds, OpenChemLib's torsion and
     * force-field tables less); that happens here, on a small molecule, outside the budget.
     */
    private void warmUp(ConformerMethod method) throws ConformerException {
        warmedUp.add(method);
        try {
            PreparedMolecule p = PreparedMolecule.of(WARM_UP_SMILES);
            IAtomContainer mol = p.copy();
            OclGenerator oclGenerator = method == ConformerMethod.CDK ? null : ocl();
            Future<?> f = worker().submit(() -> {
                if (method == ConformerMethod.CDK || method == ConformerMethod.CDK_MMFF) {
                    CdkGenerator.load();
                }
                generate(method, oclGenerator, p, mol, Long.MAX_VALUE);
                return null;
            });
            try {
                f.get(WARM_UP_LIMIT.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                abandon(f, oclGenerator);
            }
        } catch (ExecutionException e) {
            // the generator will fail again, and be reported, on the real molecule
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConformerException("interrupted", "interrupted", 0, 0, e);
        }
    }

    /** Gives up on a running call: cancels it, and leaves its thread and generator behind. */
    private void abandon(Future<?> future, OclGenerator oclGenerator) {
        Thread t = workerThread;
        future.cancel(true);
        if (oclGenerator != null) {
            oclGenerator.cancel();
            ocl = null;
        }
        if (t != null) {
            CdkGenerator.abandoned(t); // no effect unless the thread is inside CDK's builder
        }
        worker.shutdownNow();
        worker = null;
    }

    private static long cpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private long workerCpuTime() {
        Thread t = workerThread;
        long cpu = t != null && THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(t.getId()) : -1;
        return cpu >= 0 ? cpu : System.nanoTime();
    }

    private ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "denovo-3d");
                t.setDaemon(true);
                workerThread = t;
                return t;
            });
        }
        return worker;
    }

    private OclGenerator ocl() {
        if (ocl == null) {
            ocl = new OclGenerator();
        }
        return ocl;
    }

    // ---- choosing and writing ------------------------------------------------------------------------------

    private record Candidate(ConformerMethod method, IAtomContainer mol, GeometryCheck check, boolean stereo) {
        /** Worse to better: coordinates at all, 3D, no overlap, bonds within 10%, stereo, then smaller bond deviation. */
        static final Comparator<Candidate> ORDER = Comparator
                .comparing((Candidate c) -> c.check.finite())
                .thenComparing(c -> c.check.threeD())
                .thenComparing(c -> !c.check.overlap())
                .thenComparing(c -> c.check.worstBondDeviation() <= GeometryCheck.MAX_BOND_DEVIATION)
                .thenComparing(Candidate::stereo)
                .thenComparing(c -> -c.check.worstBondDeviation());

        boolean usable() {
            return check.sane() && stereo;
        }
    }

    static String molBlock(IAtomContainer mol) throws ConformerException {
        try {
            return MolBlocks.write(mol);
        } catch (CDKException e) {
            throw new ConformerException("molfile", "cannot write molfile: " + e.getMessage(), 0, 0, e);
        }
    }
}
