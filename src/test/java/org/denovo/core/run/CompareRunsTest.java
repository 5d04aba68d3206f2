package org.denovo.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.denovo.core.chem.Analysis;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.InputRecord;
import org.denovo.core.chem.MoleculeAnalyzer;
import org.denovo.core.chem.MurckoScaffold;
import org.denovo.core.chem.Notation;
import org.denovo.core.compare.CompareSettings;
import org.denovo.core.compare.Point;
import org.denovo.core.compare.RoundStatistics;
import org.denovo.core.compare.RunComparison;
import org.denovo.core.compare.RunStatistics;
import org.denovo.core.compare.ScaffoldCount;
import org.denovo.core.compare.TradeOff;
import org.denovo.core.library.Library;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunMember;
import org.denovo.core.library.StoredRun;
import org.denovo.core.score.Score;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.WorkContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comparison numbers on a library small enough to work out by hand: two imported runs with given scores, and an
 * optimisation run with a lead and two rounds. Fsp3 (sp3 carbons over carbons) is the trade-off's second axis where
 * the front is checked by hand: benzene 0, toluene 1/7, ethylbenzene 1/4, cyclohexane, piperidine and the alcohols 1.
 */
class CompareRunsTest {
    private static final String ALPHA = """
            smiles,name,score
            c1ccccc1,<script>alert('benzene')</script>,0.9
            Cc1ccccc1,toluene,0.85
            CCCCO,butanol,0.6
            CCc1ccccc1,ethylbenzene,0.5
            C1CCCCC1,cyclohexane,0.3
            c1ccc2ccccc2c1,naphthalene,0.2
            """;
    private static final String BETA = """
            smiles,name,score
            OC(=O)c1ccccc1,benzoic acid,0.95
            Cc1ccccc1,toluene,0.7
            C1CCNCC1,piperidine,0.4
            CC(C)O,isopropanol,0.2
            c1ccc2ccccc2c1,naphthalene,0.1
            """;
    private static final String LEAD = "Cc1ccccc1";
    private static final String HOSTILE_NAME = "<b>alpha & \"friends\"</b>";

    @TempDir
    Path dir;

    private Library library;
    private long alpha;
    private long beta;
    private long optimize;

    @BeforeEach
    void library() throws Exception {
        library = Library.open(dir.resolve("lib.db"));
        alpha = imported(ALPHA, "alpha.csv", HOSTILE_NAME);
        beta = imported(BETA, "beta.csv", "beta");
        // an optimisation run as OptimizeLeads stores one: the lead in round 0, then each round's molecules
        StoredRun run = StoredRun.start(library, RunInfo.of(RunKind.OPTIMIZE, "optimize toluene",
                "{\"command\":\"optimize\",\"profile\":\"qed\",\"profile_name\":\"qed\"}"));
        run.appendMembers(List.of(member(LEAD, 0.5, 0, null)));
        run.appendMembers(List.of(member("CCc1ccccc1", 0.6, 1, LEAD), member("Cc1ccccc1O", 0.8, 1, LEAD)));
        run.appendMembers(List.of(member("CCCc1ccccc1", 0.7, 2, "CCc1ccccc1"), member("Cc1ccccc1Cl", 0.9, 2, LEAD)));
        run.finish();
        optimize = run.id();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        library.close();
    }

    private long imported(String csv, String file, String name) throws Exception {
        Path input = dir.resolve(file);
        Files.writeString(input, csv);
        return new LibraryImport(library, input, name, 2, ProblemLog.NONE).run(WorkContext.synchronous()).runId();
    }

    private static AnalyzedMolecule analyzed(String smiles) {
        Analysis a = MoleculeAnalyzer.withDefaults().analyze(new InputRecord(1, 1, Notation.SMILES, smiles, "", Map.of(), null));
        return ((Analysis.Success) a).molecule();
    }

    private static String canonical(String smiles) {
        return analyzed(smiles).smiles();
    }

    private static RunMember member(String smiles, double score, int round, String parent) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("round", Integer.toString(round));
        tags.put("parent", parent == null ? "" : canonical(parent));
        tags.put("operation", round == 0 ? "lead" : "completion");
        ScoredMolecule s = new ScoredMolecule(analyzed(smiles).withTags(tags), new Score(score, List.of(), null), 0);
        return parent == null ? RunMember.derived(s, round, null) : RunMember.derived(s, round, canonical(parent));
    }

    private CompareOutcome compare(String versus, long... runs) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (long r : runs) {
            ids.add(r);
        }
        return new CompareRuns(library, new CompareRequest(ids, dir.resolve("report.html"),
                new CompareSettings(3, 0.8, versus, 2))).run(WorkContext.synchronous());
    }

    @Test
    void countsScoresHitsAndOverlapOfTwoImportedRuns() throws Exception {
        RunComparison c = compare("fsp3", alpha, beta).comparison();
        RunStatistics a = c.runs().get(0);
        RunStatistics b = c.runs().get(1);
        assertEquals(List.of(alpha, beta), List.of(a.id(), b.id()));
        assertEquals(List.of(6, 5), List.of(a.molecules(), b.molecules()));
        assertEquals(List.of(6, 5), List.of(a.scored(), b.scored()));
        assertEquals(0.9, a.best(), 1e-12);
        assertEquals((0.5 + 0.6) / 2, a.median(), 1e-12); // 0.2 0.3 0.5 | 0.6 0.85 0.9
        assertEquals(0.4, b.median(), 1e-12);
        assertEquals(2, a.hits()); // benzene 0.9, toluene 0.85
        assertEquals(2.0 / 6, a.hitShare(), 1e-12);
        assertEquals(1, a.hitScaffolds()); // both are benzene
        assertEquals(1, b.hits()); // benzoic acid
        assertTrue(Double.isNaN(a.validity()) && Double.isNaN(a.uniqueness()) && Double.isNaN(a.novelty()));
        assertEquals(List.of(), a.rounds());
        assertEquals(0, a.leads());

        // molecules: toluene and naphthalene are in both
        assertEquals(List.of(List.of(6, 2), List.of(2, 5)), c.overlap().sharedMolecules());
        assertEquals(List.of(4, 3), c.overlap().moleculesOnlyIn());
        assertEquals(2, c.overlap().moleculesInAll());
        // scaffolds: alpha has benzene (3 molecules), cyclohexane, naphthalene and one acyclic molecule;
        // beta benzene (2), piperidine, naphthalene and one acyclic molecule
        assertEquals(List.of(3, 3), List.of(a.scaffolds(), b.scaffolds()));
        assertEquals(List.of(1, 1), List.of(a.acyclic(), b.acyclic()));
        assertEquals(List.of(List.of(3, 2), List.of(2, 3)), c.overlap().sharedScaffolds());
        assertEquals(List.of(1, 1), c.overlap().scaffoldsOnlyIn());
        assertEquals(List.of(new ScaffoldCount(MurckoScaffold.of(canonical("c1ccccc1")), List.of(3, 2)),
                new ScaffoldCount(MurckoScaffold.of(canonical("c1ccc2ccccc2c1")), List.of(1, 1))), c.overlap().commonScaffolds());
        assertEquals(List.of(List.of(new ScaffoldCount(canonical("C1CCCCC1"), List.of(1, 0))),
                List.of(new ScaffoldCount(canonical("C1CCNCC1"), List.of(0, 1)))), c.overlap().ownScaffolds());

        // top 3 in rank order (an import keeps its file's order)
        assertEquals(List.of("<script>alert('benzene')</script>", "toluene", "butanol"),
                a.top().stream().map(t -> t.name()).toList());
        assertEquals(List.of(1, 2, 3), a.top().stream().map(t -> t.rank()).toList());
    }

    @Test
    void paretoFrontsOfScoreAgainstFsp3() throws Exception {
        TradeOff t = compare("fsp3", alpha, beta).comparison().tradeOff();
        assertEquals("fsp3", t.axis());
        // alpha: butanol (1, 0.6) beats cyclohexane (1, 0.3) and ethylbenzene (0.25, 0.5); benzene beats naphthalene
        assertEquals(List.of(canonical("c1ccccc1"), canonical("Cc1ccccc1"), canonical("CCCCO")),
                t.runs().get(0).front().stream().map(Point::smiles).toList());
        assertEquals(1.0 / 7, t.runs().get(0).front().get(1).x(), 1e-12);
        // beta: piperidine (1, 0.4) beats isopropanol (1, 0.2); benzoic acid beats naphthalene
        assertEquals(List.of(canonical("OC(=O)c1ccccc1"), canonical("Cc1ccccc1"), canonical("C1CCNCC1")),
                t.runs().get(1).front().stream().map(Point::smiles).toList());
        assertEquals(6, t.runs().get(0).molecules());
        assertEquals(6, t.runs().get(0).shown().size());
        assertEquals(List.of(), t.runs().get(0).leads());
    }

    @Test
    void withoutAnOptimisationRunTheScoreIsWeighedAgainstQed() throws Exception {
        RunComparison c = compare(null, alpha, beta).comparison();
        assertEquals("qed", c.tradeOff().axis());
        assertFalse(c.hasRounds());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> compare("similarity", alpha, beta));
        assertTrue(e.getMessage().contains("none of the compared runs has a lead"), e.getMessage());
    }

    @Test
    void anOptimisationRunHasRoundsItsLeadIsSetApartAndSimilarityIsToTheLead() throws Exception {
        RunComparison c = compare(null, optimize, alpha).comparison();
        RunStatistics o = c.runs().get(0);
        assertEquals(4, o.molecules());
        assertEquals(1, o.leads());
        assertEquals(List.of(new RoundStatistics(0, 1, 1, 0.5, 0.5), new RoundStatistics(1, 2, 2, 0.8, 0.7),
                new RoundStatistics(2, 2, 2, 0.9, 0.8)), o.rounds());
        assertEquals(0.9, o.best(), 1e-12);
        assertEquals(2, o.hits()); // 0.8 and 0.9; the lead is not a hit
        assertTrue(c.hasRounds());

        // the lead (toluene) is left out of the overlap: ethylbenzene is the only molecule shared with alpha
        assertEquals(List.of(List.of(4, 1), List.of(1, 6)), c.overlap().sharedMolecules());

        TradeOff t = c.tradeOff();
        assertEquals("similarity", t.axis());
        assertEquals(List.of(new Point(1.0, 0.5, canonical(LEAD))), t.runs().get(0).leads());
        Fingerprint lead = analyzed(LEAD).ecfp4();
        for (int r = 0; r < 2; r++) {
            List<Point> points = t.runs().get(r).shown();
            for (Point p : points) {
                assertEquals(lead.tanimoto(analyzed(p.smiles()).ecfp4()), p.x(), 1e-12, p.smiles());
            }
            // the front by brute force: the points nothing beats on both axes
            Set<String> expected = new java.util.HashSet<>();
            for (Point p : points) {
                boolean beaten = points.stream().anyMatch(q -> q.x() >= p.x() && q.y() >= p.y() && (q.x() > p.x() || q.y() > p.y()));
                if (!beaten) {
                    expected.add(p.smiles());
                }
            }
            assertEquals(expected, Set.copyOf(t.runs().get(r).front().stream().map(Point::smiles).toList()));
        }
        // alpha's toluene is the lead itself: similarity 1 with score 0.85, so it is on alpha's front
        assertTrue(t.runs().get(1).front().contains(new Point(1.0, 0.85, canonical(LEAD))));
        assertTrue(c.runs().get(1).top().get(0).similarity() < 1);
        assertEquals(1.0, c.runs().get(1).top().get(1).similarity(), 1e-12);
    }

    @Test
    void diversityDistributionsAndTheMapCoverEveryProduct() throws Exception {
        RunComparison c = compare(null, alpha, beta, optimize).comparison();
        RunStatistics a = c.runs().get(0);
        List<AnalyzedMolecule> alphaMolecules = ALPHA.lines().skip(1).map(l -> analyzed(l.split(",")[0])).toList();
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < alphaMolecules.size(); i++) {
            for (int j = i + 1; j < alphaMolecules.size(); j++) {
                sum += 1 - alphaMolecules.get(i).ecfp4().tanimoto(alphaMolecules.get(j).ecfp4());
                pairs++;
            }
        }
        assertEquals(sum / pairs, a.diversity(), 1e-12);
        assertEquals(6, a.diversitySample());
        for (var d : c.distributions()) {
            for (int r = 0; r < 3; r++) {
                int n = d.counts().get(r).stream().mapToInt(Integer::intValue).sum();
                assertEquals(List.of(6, 5, 4).get(r), n, d.measure() + " run " + r);
                assertEquals(d.edges().size() - 1, d.counts().get(r).size());
            }
        }
        assertEquals(15, c.space().components().rows());
        assertEquals(List.of(6, 5, 4), c.space().runs().stream().map(m -> m.mapped()).toList());
        assertEquals(1, c.space().runs().get(2).leads().size());
        double explained = c.space().components().explained().get(0) + c.space().components().explained().get(1);
        assertTrue(explained > 0.5 && explained <= 1.0 + 1e-12, "explained " + explained);
        for (RunStatistics r : c.runs()) {
            assertTrue(r.anyAlertShare() >= 0 && r.anyAlertShare() <= 1);
            r.alertShares().forEach((set, share) -> assertTrue(c.alertSets().contains(set) && share > 0 && share <= r.anyAlertShare() + 1e-12));
        }
    }

    @Test
    void theReportHoldsEveryRunsNumbersAndChartsAndNothingFromOutside() throws Exception {
        CompareOutcome outcome = compare(null, alpha, beta, optimize);
        String html = Files.readString(dir.resolve("report.html"));
        assertEquals(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, outcome.bytes());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String tag : List.of("section", "svg", "table", "div", "p", "details", "g")) {
            assertEquals(count(html, "<" + tag + "[ >]"), count(html, "</" + tag + ">"), "balanced <" + tag + ">");
        }
        // charts per section: no rounds chart would be drawn without the optimisation run
        assertEquals(0, charts(section(html, "runs")));
        assertEquals(1, charts(section(html, "rounds")));
        assertEquals(6, charts(section(html, "distributions")));
        assertEquals(1, charts(section(html, "trade-off")));
        assertEquals(1, charts(section(html, "space")));
        assertEquals(1, charts(section(html, "alerts")));
        // structures: 3 + 3 + 3 top molecules; the shared scaffolds and each run's own
        assertEquals(9, count(section(html, "top"), "<svg class=\"structure\""));
        assertTrue(count(section(html, "overlap"), "<svg class=\"structure\"") >= 3);

        String runs = section(html, "runs");
        assertTrue(runs.contains("&lt;b&gt;alpha &amp; &quot;friends&quot;&lt;/b&gt;"), "the run name, escaped");
        assertTrue(runs.contains("<td>2 (33.3 %)</td>"), "alpha's hits");
        assertTrue(runs.contains("<td>0.550</td>") && runs.contains("<td>0.400</td>"), "medians");
        assertTrue(runs.contains("optimize toluene") && runs.contains(">beta<"));
        assertTrue(section(html, "rounds").contains("<td>0.900</td><td>0.800</td>"), "round 2's best and median");
        assertTrue(section(html, "top").contains("<div>&lt;script&gt;alert(&#39;benzene&#39;)&lt;/script&gt;</div>"),
                "a molecule's name, escaped");
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\\sid=[\"']([^\"']*)").matcher(html);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertEquals(List.of("runs", "rounds", "distributions", "trade-off", "space", "overlap", "alerts", "top"), ids,
                "ids are the sections' only (the structures' own ids are removed, as they would repeat)");
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        for (String outside : List.of("http:", "https:", "src=", "<script", "<link", "<img", "<iframe", "url(", "@import",
                "xlink:href", "<object", "<embed")) {
            assertFalse(lower.contains(outside), "no " + outside + " in the report");
        }
    }

    /**
     * The page as a browser lays it out: headless Chromium (when installed; CI installs it) with no network, its
     * serialised DOM after loading holds every section and chart the file holds, and it renders to a picture.
     */
    @Test
    void theReportOpensInAHeadlessBrowser() throws Exception {
        java.util.Optional<Path> chromium = java.util.stream.Stream.of("chromium", "chromium-browser", "google-chrome")
                .map(name -> java.util.stream.Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                        .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst())
                .flatMap(java.util.Optional::stream).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(chromium.isPresent(), "no headless browser installed");
        compare(null, alpha, beta, optimize);
        Path page = dir.resolve("report.html");
        String url = page.toUri().toString();
        List<String> common = List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + dir.resolve("browser-profile"),
                "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND");
        List<String> dumpDom = new ArrayList<>(common);
        dumpDom.addAll(List.of("--dump-dom", url));
        String dom = browser(dumpDom, dir.resolve("dom.html"));
        String html = Files.readString(page);
        for (String sectionId : List.of("runs", "rounds", "distributions", "trade-off", "space", "top", "overlap",
                "alerts")) {
            assertTrue(dom.contains("id=\"" + sectionId + "\""), "the browser's page has section " + sectionId);
        }
        assertEquals(count(html, "<svg"), count(dom, "<svg"), "every chart and structure survives parsing");
        assertTrue(dom.contains("&lt;b&gt;alpha &amp; \"friends\"&lt;/b&gt;"), "the run name, as text");
        assertEquals(0, count(dom, "<script"), "no script, not even from a molecule's name");
        Path picture = dir.resolve("report.png");
        List<String> screenshot = new ArrayList<>(common);
        screenshot.addAll(List.of("--window-size=1280,2000", "--screenshot=" + picture, url));
        browser(screenshot, dir.resolve("screenshot.log"));
        byte[] png = Files.readAllBytes(picture);
        assertTrue(png.length > 20_000, "a rendered page, not a blank one: " + png.length + " bytes");
        assertEquals(1280, java.nio.ByteBuffer.wrap(png, 16, 4).getInt(), "PNG width");
    }

    private static String browser(List<String> command, Path output) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the browser ended");
        return Files.readString(output);
    }

    @Test
    void aRunWithoutMoleculesIsComparedToo() throws Exception {
        StoredRun empty = StoredRun.start(library, RunInfo.of(RunKind.GENERATE, "nothing came", "{}"));
        empty.finish(0, 0);
        CompareOutcome outcome = compare(null, empty.id(), alpha);
        RunStatistics e = outcome.comparison().runs().get(0);
        assertEquals(0, e.molecules());
        assertTrue(Double.isNaN(e.best()) && Double.isNaN(e.diversity()) && Double.isNaN(e.validity()));
        assertEquals(List.of(), e.top());
        assertTrue(Files.readString(dir.resolve("report.html")).contains("nothing came"));
    }

    @Test
    void unknownRunsAndWrongOutputsAreRefusedBeforeAnythingIsWritten() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> compare(null, alpha, 99));
        assertTrue(missing.getMessage().contains("no run 99"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CompareRequest(List.of(alpha), dir.resolve("r.html"),
                CompareSettings.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new CompareRequest(List.of(alpha, alpha), dir.resolve("r.html"),
                CompareSettings.defaults()));
        IllegalArgumentException csv = assertThrows(IllegalArgumentException.class, () -> new CompareRequest(
                List.of(alpha, beta), dir.resolve("r.csv"), CompareSettings.defaults()));
        assertTrue(csv.getMessage().contains(".html"), csv.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CompareSettings(3, 0.8, "mol_weight", 1));
        assertFalse(Files.exists(dir.resolve("report.html")));
    }

    @Test
    void theWindowsComparisonIsTheReportsAndIsWrittenAsTheSamePage() throws Exception {
        CompareOutcome outcome = compare(null, alpha, optimize);
        RunComparison read = new ReadAndCompareRuns(library, List.of(alpha, optimize), new CompareSettings(3, 0.8, null, 2))
                .run(WorkContext.synchronous());
        assertEquals(outcome.comparison(), read, "one path from the library to a comparison");
        assertEquals(6 + 4 + 1, outcome.molecules(), "every molecule read, the lead too");

        Path page = dir.resolve("window.html");
        long bytes = new WriteComparisonReport(read, library.file().toString(), page).run(WorkContext.synchronous());
        assertEquals(Files.size(page), bytes);
        assertFalse(Files.exists(dir.resolve("window.html.part")));
        assertEquals(withoutDate(Files.readString(dir.resolve("report.html"))), withoutDate(Files.readString(page)));

        assertThrows(IllegalArgumentException.class, () -> new WriteComparisonReport(read, "lib", dir.resolve("r.txt")));
        assertThrows(IllegalArgumentException.class, () -> new ReadAndCompareRuns(library, List.of(alpha),
                CompareSettings.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new ReadAndCompareRuns(library, List.of(alpha, alpha),
                CompareSettings.defaults()));
    }

    @Test
    void anotherThresholdIsComparedFromTheMoleculesAlreadyReadAndEqualsAFreshRead() throws Exception {
        ReadAndCompareRuns first = new ReadAndCompareRuns(library, List.of(alpha, optimize),
                new CompareSettings(3, 0.8, null, 2));
        first.run(WorkContext.synchronous());
        CompareSettings lower = new CompareSettings(3, 0.5, null, 2);
        RunComparison fresh = new ReadAndCompareRuns(library, List.of(alpha, optimize), lower)
                .run(WorkContext.synchronous());
        library.close(); // a second read of the library would fail now
        assertEquals(fresh, first.withSettings(lower).run(WorkContext.synchronous()));
    }

    private static String withoutDate(String html) {
        return html.replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC", "DATE");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, "section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int charts(String section) {
        return count(section, "<svg class=\"chart\"");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
