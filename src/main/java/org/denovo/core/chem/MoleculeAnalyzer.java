package org.denovo.core.chem;

import java.util.List;
import org.denovo.core.chem.alerts.Alert;
import org.denovo.core.chem.alerts.AlertCatalog;
import org.denovo.core.chem.alerts.AlertHit;
import org.denovo.core.chem.alerts.AlertReport;
import org.denovo.core.chem.alerts.AlertSets;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;
import org.denovo.core.chem.smarts.TargetGraph;
import org.denovo.core.chem.structure.Molecules;

/**
 * The per-molecule chemistry pipeline: parse, standardise, canonicalise, then compute properties,
 * SA score, alerts and ECFP4 on the molecule re-read from its canonical SMILES (so atom indices
 * match the SMILES). One instance per thread; the shared catalogues are immutable.
 */
public final class MoleculeAnalyzer {
    private RecordParser parser = new RecordParser();
    private final Standardizer standardizer = new Standardizer();
    private PropertyCalculator properties = new PropertyCalculator();
    private Fingerprints fingerprints = new Fingerprints();
    private final SaScorer saScorer;
    private final AlertCatalog alerts;
    private final boolean computeInchiKey;
    private final boolean qedAlertsFromCatalog;

    public MoleculeAnalyzer(AlertCatalog alerts, SaScorer saScorer, boolean computeInchiKey) {
        this.alerts = alerts;
        this.saScorer = saScorer;
        this.computeInchiKey = computeInchiKey;
        this.qedAlertsFromCatalog = coversQedAlerts(alerts);
    }

    /**
     * True when the catalogue's QED set is exactly QED's alert list matched on the heavy-atom graph, so its hits
     * (pre-screened) can stand in for QED's own unscreened count.
     */
    private static boolean coversQedAlerts(AlertCatalog alerts) {
        List<Alert> qedSet = alerts.alerts().stream().filter(a -> a.set().equals(AlertSets.QED)).toList();
        return qedSet.stream().map(Alert::smarts).toList().equals(QedCalculator.alertSmarts())
                && qedSet.stream().noneMatch(Alert::explicitHydrogens);
    }

    public static MoleculeAnalyzer withDefaults() {
        return new MoleculeAnalyzer(AlertCatalog.loadDefault(), SaScorer.loadDefault(), true);
    }

    public Analysis analyze(InputRecord record) {
        if (!record.ok()) {
            return new Analysis.Failure(record, record.error());
        }
        try {
            IAtomContainer parsed = parser.parse(record);
            java.util.Set<String> metals = Metals.in(parsed);
            Standardizer.Result standard = standardizer.standardize(parsed);
            String canonical;
            String inchiKey = "";
            if (computeInchiKey) {
                MolecularIdentifiers.Identifiers ids = MolecularIdentifiers.of(standard.molecule());
                canonical = ids.canonicalSmiles();
                inchiKey = ids.inchiKey();
            } else {
                canonical = Molecules.canonicalSmiles(standard.molecule());
            }
            AnalyzedMolecule molecule = analyze(canonical, inchiKey, record.name(), record);
            List<String> warnings = new java.util.ArrayList<>(standard.changes());
            warnings.addAll(molecule.changes());
            return new Analysis.Success(record, new AnalyzedMolecule(molecule.molecule(), molecule.formula(),
                    molecule.properties(),
                    molecule.saScore(), withMetalAlert(molecule.alerts(), metals), molecule.ecfp4(),
                    molecule.substructureKeys(), record.tags(), warnings));
        } catch (CDKException | RuntimeException e) {
            return new Analysis.Failure(record, reason(e));
        } catch (StackOverflowError e) {
            // CDK walks the molecular graph recursively; a long chain or deep nesting exhausts the stack
            renewHelpers();
            return new Analysis.Failure(record, TOO_LARGE);
        }
    }

    static final String TOO_LARGE = "molecule too large or too deeply nested to process";

    /** After a stack overflow a helper may have been left half-way through a molecule: start afresh. */
    private void renewHelpers() {
        parser = new RecordParser();
        properties = new PropertyCalculator();
        fingerprints = new Fingerprints();
    }

    /**
     * The ECFP4 fingerprint of a record as given: its largest organic fragment, with its charges and protonation
     * (the analysis neutralises them). Similarity to a lead the user gave as, say, a protonated amine is to that.
     */
    public static Fingerprint ecfp4AsGiven(InputRecord record) {
        try {
            IAtomContainer kept = new Standardizer().standardizeKeepingCharges(new RecordParser().parse(record))
                    .molecule();
            return new Fingerprints().ecfp4(Molecules.parseSmiles(Molecules.canonicalSmiles(kept)));
        } catch (CDKException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + record.text() + ": " + e.getMessage(), e);
        }
    }

    /** Analyses a SMILES that is already canonical (e.g. read back from the library). */
    public AnalyzedMolecule analyzeCanonical(String canonicalSmiles, String name, InputRecord origin) throws CDKException {
        return analyze(canonicalSmiles, null, name, origin);
    }

    /** As {@link #analyzeCanonical}; {@code knownInchiKey} null computes the key when this analyser computes keys. */
    private AnalyzedMolecule analyze(String canonicalSmiles, String knownInchiKey, String name, InputRecord origin)
            throws CDKException {
        IAtomContainer mol = Molecules.parseSmiles(canonicalSmiles);
        // read from SMILES and perceived: unless it has hydrogen atoms ([2H], [H][H]), alerts and properties
        // can share it and one flattened graph instead of each making a prepared copy
        TargetGraph graph = hasHydrogenAtom(mol) ? null : TargetGraph.of(mol);
        int heavyAtoms = Standardizer.heavyAtomCount(mol);
        List<String> notes = new java.util.ArrayList<>();
        AlertReport report;
        if (heavyAtoms <= MAX_HEAVY_ATOMS_FOR_ALERTS) {
            report = graph != null ? alerts.screenPrepared(mol, graph) : alerts.screen(mol);
        } else {
            report = new AlertReport(List.of(), false, false);
            notes.add(String.format(java.util.Locale.ROOT, "alerts not screened: %,d heavy atoms (at most %,d)",
                    heavyAtoms, MAX_HEAVY_ATOMS_FOR_ALERTS));
        }
        int qedAlerts = qedAlertsFromCatalog ? report.hitsOf(AlertSets.QED).size() : -1;
        MolecularProperties props = graph != null ? properties.calculatePrepared(mol, graph, qedAlerts)
                : properties.calculate(mol, qedAlerts);
        double sa = Double.NaN;
        if (heavyAtoms <= MAX_HEAVY_ATOMS_FOR_SA) {
            sa = saScorer.score(mol);
        } else {
            notes.add(String.format(java.util.Locale.ROOT, "SA score not computed: %,d heavy atoms (at most %,d)",
                    heavyAtoms, MAX_HEAVY_ATOMS_FOR_SA));
        }
        Fingerprint fp = fingerprints.ecfp4(mol);
        String inchiKey = knownInchiKey != null ? knownInchiKey
                : computeInchiKey ? MolecularIdentifiers.standardInchiKey(mol) : "";
        String formula = MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(mol));
        return new AnalyzedMolecule(new Molecule(canonicalSmiles, inchiKey, name == null ? "" : name), formula,
                props, sa, report, fp, SubstructureKeys.of(graph != null ? graph : TargetGraph.of(mol)),
                origin == null ? null : origin.tags(), notes);
    }

    /** Largest molecule given an SA score; its fragment and complexity terms grow faster than the molecule. */
    public static final int MAX_HEAVY_ATOMS_FOR_SA = 1_000;

    /** Largest molecule screened for alerts: substructure search grows with size, and no drug comes near it. */
    public static final int MAX_HEAVY_ATOMS_FOR_ALERTS = 1_000;

    /** The report with a "Metal" hit added when the input held a metal (before standardisation removed any). */
    private static AlertReport withMetalAlert(AlertReport report, java.util.Set<String> metals) {
        if (metals.isEmpty()) {
            return report;
        }
        List<AlertHit> hits = new java.util.ArrayList<>(report.hits());
        hits.add(new AlertHit(AlertSets.METAL, "metal", "contains a metal (" + String.join(", ", metals) + ")",
                new int[0]));
        return new AlertReport(hits, report.pains(), report.mosesFilters());
    }

    private static boolean hasHydrogenAtom(IAtomContainer mol) {
        for (int i = 0; i < mol.getAtomCount(); i++) {
            Integer z = mol.getAtom(i).getAtomicNumber();
            if (z != null && z == 1) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        String msg = e.getMessage();
        if (msg == null || msg.isBlank()) {
            return e.getClass().getSimpleName();
        }
        msg = msg.strip();
        int nl = msg.indexOf('\n');
        String line = (nl > 0 ? msg.substring(0, nl) : msg).strip();
        return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    }
}
