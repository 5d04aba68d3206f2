package org.denovo.core.chem.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.denovo.core.chem.smarts.CompiledSmarts;
import org.denovo.core.chem.structure.Molecules;
import org.denovo.core.chem.smarts.SubgraphPattern;
import org.denovo.core.chem.smarts.TargetGraph;
import org.denovo.core.chem.smarts.UnsupportedSmartsException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.smarts.Smarts;
import org.openscience.cdk.smarts.SmartsResult;

/**
 * The structural and toxicity alert catalogues (see docs/alerts.md) compiled for CDK.
 * Immutable and safe to share: each thread matches with its own compiled copy of the patterns, because CDK
 * query expressions initialise recursive SMARTS lazily and are not documented as thread-safe.
 */
public final class AlertCatalog {
    /** A SMARTS naming a hydrogen atom ([#1], [H], [H+], but not [!#1]) can only match explicit hydrogens. */
    private static final Pattern HYDROGEN_ATOM = Pattern.compile("(?<!!)#1(?![0-9])|\\[H[+\\]]");

    private final List<Alert> alerts;
    private final List<AlertSetInfo> sets;
    private final PatternRequirements[] requirements;
    /** Per alert: the bond kinds the molecule must offer ({@link BondScreen}). */
    private final long[][][] bondRequirements;
    /** Per alert: the two-bond paths the molecule must offer ({@link PathScreen}). */
    private final int[][][] pathRequirements;
    /** Atom expressions of each query (ids into {@link #queryAtomTable}); null when screening is off. */
    private final int[][] queryAtoms;
    private final QueryAtomTable queryAtomTable = new QueryAtomTable();
    private final boolean reperceiveDaylight;
    /** CDK-matched patterns, per thread; only for alerts {@link #fast} cannot compile. */
    private final ThreadLocal<CompiledSmarts[]> patterns;
    /** Array-matched patterns, shared by all threads; null where the SMARTS needs CDK's own matcher. */
    private final SubgraphPattern[] fast;
    private final boolean useFastMatcher;
    /** For each alert, the first alert with the same SMARTS and hydrogen mode: matched once, shared by both. */
    private final int[] representative;

    private AlertCatalog(List<Alert> alerts, List<AlertSetInfo> sets, boolean screening, boolean reperceiveDaylight,
                         boolean useFastMatcher) {
        this.alerts = List.copyOf(alerts);
        this.useFastMatcher = useFastMatcher;
        this.sets = List.copyOf(sets);
        this.reperceiveDaylight = reperceiveDaylight;
        this.requirements = new PatternRequirements[alerts.size()];
        this.queryAtoms = new int[alerts.size()][];
        this.bondRequirements = new long[alerts.size()][][];
        this.pathRequirements = new int[alerts.size()][][];
        for (int i = 0; i < requirements.length; i++) {
            IAtomContainer query = parse(alerts.get(i).smarts());
            requirements[i] = screening ? PatternRequirements.of(query) : PatternRequirements.NONE;
            bondRequirements[i] = screening ? BondScreen.requirements(query) : new long[0][];
            pathRequirements[i] = screening ? PathScreen.requirements(query) : new int[0][];
            queryAtoms[i] = screening ? queryAtomTable.idsOf(AtomCandidates.atomExpressions(query)) : null;
        }
        this.representative = new int[alerts.size()];
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < representative.length; i++) {
            Alert a = alerts.get(i);
            Integer earlier = first.putIfAbsent(a.explicitHydrogens() + "|" + a.smarts(), i);
            representative[i] = earlier == null ? i : earlier;
        }
        this.fast = new SubgraphPattern[alerts.size()];
        for (int i = 0; i < fast.length; i++) {
            if (useFastMatcher && representative[i] == i) {
                try {
                    fast[i] = SubgraphPattern.compile(alerts.get(i).smarts());
                } catch (UnsupportedSmartsException e) {
                    fast[i] = null; // matched by CDK
                }
            }
        }
        this.patterns = ThreadLocal.withInitial(this::compile);
        this.patterns.get(); // fail fast on the loading thread
    }

    /** The shipped catalogues with pre-screening, loaded once. */
    public static AlertCatalog loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    private static final class DefaultHolder {
        static final AlertCatalog INSTANCE = load(true, false, true);
    }

    /**
     * Loads the shipped catalogues.
     *
     * @param screening          skip patterns whose element/ring requirements the molecule cannot meet
     * @param reperceiveDaylight re-perceive aromaticity with CDK's Daylight model (what SmartsPattern's own
     *                           preparation does) instead of using the app's {@link Molecules#AROMATICITY}
     */
    static AlertCatalog load(boolean screening, boolean reperceiveDaylight) {
        return load(screening, reperceiveDaylight, true);
    }

    /** As {@link #load(boolean, boolean)}; {@code useFastMatcher} false matches every pattern with CDK. */
    static AlertCatalog load(boolean screening, boolean reperceiveDaylight, boolean useFastMatcher) {
        List<SourceAlert> sources = AlertSources.readAll();
        CdkSmartsEdits edits = CdkSmartsEdits.loadDefault();
        edits.checkAllUsed(sources);
        List<Alert> alerts = new ArrayList<>();
        List<AlertSetInfo> sets = new ArrayList<>();
        List<String> unparsable = new ArrayList<>();
        for (String set : AlertSets.ALL) {
            int source = 0;
            int fixed = 0;
            int excluded = 0;
            for (SourceAlert s : sources) {
                if (!s.set().equals(set)) {
                    continue;
                }
                source++;
                if (edits.isExcluded(s)) {
                    excluded++;
                    continue;
                }
                String smarts = edits.smartsFor(s);
                boolean explicitH = set.equals(AlertSets.MCF) || set.equals(AlertSets.MOSES_PAINS)
                        || HYDROGEN_ATOM.matcher(smarts).find();
                Alert alert = new Alert(set, s.id(), s.description(), s.smarts(), smarts, explicitH);
                fixed += alert.isFixed() ? 1 : 0;
                SmartsResult result = Smarts.parseToResult(new QueryAtomContainer(null), smarts);
                if (!result.ok()) {
                    unparsable.add(set + "," + s.id() + "," + smarts + " : " + result.getMessage());
                }
                alerts.add(alert);
            }
            sets.add(new AlertSetInfo(set, source, source - excluded, fixed, excluded));
        }
        if (!unparsable.isEmpty()) {
            throw new IllegalStateException("SMARTS CDK cannot parse (fix or exclude them):\n"
                    + String.join("\n", unparsable));
        }
        return new AlertCatalog(alerts, sets, screening, reperceiveDaylight, useFastMatcher);
    }

    /** Every loaded alert, in screening order. */
    public List<Alert> alerts() {
        return alerts;
    }

    /** The sets with their source, loaded, fixed and excluded counts. */
    public List<AlertSetInfo> sets() {
        return sets;
    }

    /**
     * Screens one molecule (as made by {@link Molecules#parseSmiles}); the molecule is not modified.
     * Safe to call concurrently on different molecules.
     */
    public AlertReport screen(IAtomContainer mol) {
        return screen(new ScreenTarget(mol, reperceiveDaylight));
    }

    /**
     * As {@link #screen(IAtomContainer)} for a molecule already prepared as alerts need it (perceived by
     * {@link Molecules#perceive}, no hydrogen atoms) with its flattened graph: nothing is copied or changed.
     */
    public AlertReport screenPrepared(IAtomContainer prepared, TargetGraph graph) {
        if (reperceiveDaylight) {
            return screen(prepared);
        }
        return screen(new ScreenTarget(prepared, graph));
    }

    private AlertReport screen(ScreenTarget target) {
        CompiledSmarts[] compiled = patterns.get();
        List<AlertHit> hits = new ArrayList<>();
        boolean pains = false;
        boolean mosesAlert = false;
        int[][] matchOf = new int[compiled.length][];
        boolean[] decided = new boolean[compiled.length];
        for (int i = 0; i < compiled.length; i++) {
            Alert alert = alerts.get(i);
            int r = representative[i];
            if (!decided[r]) {
                decided[r] = true;
                matchOf[r] = firstMatch(r, compiled, target);
            }
            int[] match = matchOf[r];
            if (match == null) {
                continue;
            }
            hits.add(new AlertHit(alert.set(), alert.id(), alert.description(), match));
            pains |= alert.set().equals(AlertSets.MOSES_PAINS);
            mosesAlert |= alert.set().equals(AlertSets.MOSES_PAINS) || alert.set().equals(AlertSets.MCF);
        }
        boolean mosesFilters = !mosesAlert && MosesRules.passes(target.heavy);
        return new AlertReport(hits, pains, mosesFilters);
    }

    /** Atom indices (in the caller's molecule) of the first match of alert {@code i}, or null: screens first. */
    private int[] firstMatch(int i, CompiledSmarts[] compiled, ScreenTarget target) {
        boolean explicitH = alerts.get(i).explicitHydrogens();
        if (!requirements[i].mayMatch(target.summary(explicitH))
                || !BondScreen.mayMatch(bondRequirements[i], target.bondFeatures(explicitH))
                || pathRequirements[i].length > 0 && !PathScreen.mayMatch(pathRequirements[i], target.pathFeatures(explicitH))
                || queryAtoms[i] != null && !target.candidates(explicitH).everyQueryAtomHasACandidate(queryAtoms[i], queryAtomTable)) {
            return null;
        }
        if (fast[i] != null) {
            int[] match = fast[i].firstMatch(target.targetGraph(explicitH));
            return match == null ? null : target.originalIndices(match);
        }
        CompiledSmarts pattern = compiled[i];
        IAtomContainer graph = target.graph(explicitH);
        if (!pattern.matches(graph)) {
            return null;
        }
        return target.originalIndices(pattern.firstMatch(graph));
    }

    private CompiledSmarts[] compile() {
        CompiledSmarts[] compiled = new CompiledSmarts[alerts.size()];
        for (int i = 0; i < compiled.length; i++) {
            if (representative[i] != i || fast[i] != null) {
                continue; // shares the representative's pattern, or is matched without CDK
            }
            // preparation (rings, aromaticity) is done once per molecule by ScreenTarget
            compiled[i] = CompiledSmarts.compile(alerts.get(i).smarts());
        }
        return compiled;
    }

    private static IAtomContainer parse(String smarts) {
        QueryAtomContainer query = new QueryAtomContainer(Molecules.BUILDER);
        if (!Smarts.parse(query, smarts)) {
            throw new IllegalArgumentException("cannot parse SMARTS " + smarts);
        }
        return query;
    }
}
