package org.denovo.core.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.denovo.core.AppInfo;
import org.denovo.core.compare.ChemicalSpace;
import org.denovo.core.compare.Distribution;
import org.denovo.core.compare.Overlap;
import org.denovo.core.compare.Point;
import org.denovo.core.compare.PrincipalComponents;
import org.denovo.core.compare.RoundStatistics;
import org.denovo.core.compare.RunComparison;
import org.denovo.core.compare.RunStatistics;
import org.denovo.core.compare.ScaffoldCount;
import org.denovo.core.compare.TopMolecule;
import org.denovo.core.compare.TradeOff;

/**
 * A comparison as one self-contained HTML page: tables, charts drawn as inline SVG, and structures drawn as inline
 * SVG. No scripts, fonts, images or style sheets are fetched, so the file can be mailed and opened anywhere. Every
 * text that comes from the library (names, SMILES, profiles, alert sets) is escaped.
 */
public final class ComparisonReport {
    private static final int STRUCTURE_WIDTH = 220;
    private static final int STRUCTURE_HEIGHT = 160;
    private static final int SCAFFOLD_WIDTH = 170;
    private static final int SCAFFOLD_HEIGHT = 120;
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0 auto;\
            max-width:1200px;padding:16px 24px;color:#222;line-height:1.4}
            h1{font-size:1.6em;margin:0.2em 0}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}\
            h3{font-size:1.05em;margin:1.2em 0 0.4em}
            table{border-collapse:collapse;margin:0.5em 0;font-size:0.9em}\
            th,td{border:1px solid #ddd;padding:3px 8px;text-align:right;vertical-align:top}\
            th{background:#f4f4f4}td.text,th.text{text-align:left}
            .swatch{display:inline-block;width:0.9em;height:0.9em;border-radius:2px;margin-right:0.35em;vertical-align:-0.1em}
            .charts{display:flex;flex-wrap:wrap;gap:12px}svg.chart{max-width:100%;height:auto;border:1px solid #eee}
            .cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #ddd;padding:6px;width:224px;font-size:0.82em}\
            .scaffolds .card{width:174px}.count{margin-right:0.6em;white-space:nowrap}\
            .card .smiles,.smiles{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all;font-size:0.9em}
            .structure.none{display:flex;align-items:center;justify-content:center;color:#888;background:#fafafa}
            .note{color:#555;font-size:0.9em;max-width:60em}nav a{margin-right:1em}
            details{margin:0.4em 0}summary{cursor:pointer}
            """;

    private final RunComparison comparison;
    private final String library;
    private final Instant created;
    private final List<String> labels = new ArrayList<>();
    private final Depictions depictions = new Depictions();
    private final StringBuilder html = new StringBuilder(1 << 16);

    /**
     * @param library the library file the runs were read from, as the reader should see it
     * @param created when the comparison was made
     */
    public ComparisonReport(RunComparison comparison, String library, Instant created) {
        this.comparison = comparison;
        this.library = library;
        this.created = created;
        for (RunStatistics r : comparison.runs()) {
            labels.add("run " + r.id());
        }
    }

    /** The whole page. */
    public String html() {
        html.setLength(0);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        header();
        runs();
        if (comparison.hasRounds()) {
            rounds();
        }
        distributions();
        tradeOff();
        space();
        overlap();
        diversityAndAlerts();
        top();
        html.append("<footer class=\"note\"><p>DeNovo Workbench ").append(Html.escape(AppInfo.version()))
                .append(".</p></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private String title() {
        return "Run comparison: runs " + String.join(", ", comparison.runs().stream().map(r -> Long.toString(r.id())).toList());
    }

    // ---- sections ----

    private void header() {
        html.append("<header>\n<h1>").append(Html.escape(title())).append("</h1>\n<p class=\"note\">From the library ")
                .append("<span class=\"smiles\">").append(Html.escape(library)).append("</span>, ")
                .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(created))
                .append(". Hits score at least ").append(Html.number(comparison.settings().threshold(), 2))
                .append(". Each run is scored with its own profile, so scores compare directly only between runs of the")
                .append(" same profile. The leads of optimisation runs (round 0) are drawn as diamonds and left out of")
                .append(" the statistics.</p>\n<nav>");
        for (String[] s : new String[][] {{"runs", "Runs"}, {"rounds", "Rounds"}, {"distributions", "Distributions"},
                {"trade-off", "Trade-off"}, {"space", "Chemical space"}, {"overlap", "Overlap"},
                {"alerts", "Diversity and alerts"}, {"top", "Top molecules"}}) {
            if (!s[0].equals("rounds") || comparison.hasRounds()) {
                html.append("<a href=\"#").append(s[0]).append("\">").append(s[1]).append("</a>");
            }
        }
        html.append("</nav>\n</header>\n");
    }

    private void runs() {
        open("runs", "Runs");
        html.append("<table class=\"runs\">\n<tr><th class=\"text\"></th>");
        for (int i = 0; i < comparison.runs().size(); i++) {
            html.append("<th class=\"text\">").append(swatch(i)).append("run ").append(comparison.runs().get(i).id())
                    .append("</th>");
        }
        html.append("</tr>\n");
        Overlap o = comparison.overlap();
        row("Name", r -> Html.escape(r.name()), true);
        row("Kind", r -> r.kind().id(), true);
        row("Status", r -> r.status().id(), true);
        row("Profile", r -> r.profile().isEmpty() ? Html.NONE : Html.escape(r.profile()), true);
        row("Model", r -> r.model().isEmpty() ? Html.NONE : Html.escape(r.model()), true);
        row("Molecules", r -> Html.count(r.molecules()), false);
        if (comparison.runs().stream().anyMatch(r -> r.leads() > 0)) {
            row("Leads (not counted)", r -> Html.count(r.leads()), false);
        }
        row("Sampled", r -> r.sampled() == null ? Html.NONE : Html.count(r.sampled()), false);
        row("Validity", r -> Html.percent(r.validity()), false);
        row("Uniqueness", r -> Html.percent(r.uniqueness()), false);
        row("Novelty", r -> Html.percent(r.novelty()), false);
        row("Scored", r -> Html.count(r.scored()), false);
        row("Filtered by the profile", r -> Html.count(r.filtered()), false);
        row("Score not computed", r -> Html.count(r.failed()), false);
        row("Best score", r -> Html.number(r.best(), 3), false);
        row("Median score", r -> Html.number(r.median(), 3), false);
        row("Hits (score ≥ " + Html.number(comparison.settings().threshold(), 2) + ")",
                r -> Html.count(r.hits()) + " (" + Html.percent(r.hitShare()) + ")", false);
        row("Scaffolds among the hits", r -> Html.count(r.hitScaffolds()), false);
        row("Internal diversity", r -> Html.number(r.diversity(), 3) + sampleNote(r), false);
        row("Scaffolds", r -> Html.count(r.scaffolds()), false);
        row("Molecules without a ring", r -> Html.count(r.acyclic()), false);
        rowIndexed("Molecules in no other run", i -> Html.count(o.moleculesOnlyIn().get(i)));
        rowIndexed("Scaffolds in no other run", i -> Html.count(o.scaffoldsOnlyIn().get(i)));
        rowIndexed("Molecules with an alert", i -> Html.percent(comparison.runs().get(i).anyAlertShare()));
        html.append("</table>\n<p class=\"note\">Validity and uniqueness are known for generating runs (valid strings")
                .append(" over sampled, distinct molecules over valid), novelty where the model has training-set keys.")
                .append(" Internal diversity is the mean of 1 − Tanimoto (ECFP4) over all pairs, on at most ")
                .append(Html.count(org.denovo.core.compare.RunComparer.DIVERSITY_SAMPLE))
                .append(" molecules per run picked by a hash of their SMILES (the same ones every time).</p>\n");
        close();
    }

    private static String sampleNote(RunStatistics r) {
        return r.diversitySample() < r.molecules() ? " (" + Html.count(r.diversitySample()) + " sampled)" : "";
    }

    private void rounds() {
        open("rounds", "Score by round");
        legend();
        html.append("<div class=\"charts\">").append(RoundChart.of(comparison.runs(), labels)).append("</div>\n");
        html.append("<p class=\"note\">Solid: the best score of the round; dashed: its median. Round 0 is the lead.</p>\n");
        html.append("<table>\n<tr><th>Round</th>");
        List<RunStatistics> withRounds = comparison.runs().stream().filter(r -> !r.rounds().isEmpty()).toList();
        for (RunStatistics r : withRounds) {
            html.append("<th colspan=\"3\" class=\"text\">").append(swatch(comparison.runs().indexOf(r))).append("run ")
                    .append(r.id()).append("</th>");
        }
        html.append("</tr>\n<tr><th></th>");
        withRounds.forEach(r -> html.append("<th>molecules</th><th>best</th><th>median</th>"));
        html.append("</tr>\n");
        int last = withRounds.stream().flatMap(r -> r.rounds().stream()).mapToInt(RoundStatistics::round).max().orElse(0);
        for (int round = 0; round <= last; round++) {
            int k = round;
            html.append("<tr><td>").append(round).append("</td>");
            for (RunStatistics r : withRounds) {
                RoundStatistics s = r.rounds().stream().filter(x -> x.round() == k).findFirst().orElse(null);
                if (s == null) {
                    html.append("<td>").append(Html.NONE).append("</td><td></td><td></td>");
                } else {
                    html.append("<td>").append(Html.count(s.molecules())).append("</td><td>").append(Html.number(s.best(), 3))
                            .append("</td><td>").append(Html.number(s.median(), 3)).append("</td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        close();
    }

    private void distributions() {
        open("distributions", "Score and property distributions");
        legend();
        html.append("<div class=\"charts\">");
        for (Distribution d : comparison.distributions()) {
            html.append(HistogramChart.of(d, labels));
        }
        html.append("</div>\n<p class=\"note\">Bars are shared between runs and heights are percent of each run's")
                .append(" molecules, so runs of different sizes compare. Scores are of scored molecules only. Molecular")
                .append(" weight, logP and TPSA span the middle 99 % of all runs' values; values beyond are counted in")
                .append(" the first or last bar.</p>\n<table>\n<tr><th class=\"text\"></th>");
        for (int i = 0; i < comparison.runs().size(); i++) {
            html.append("<th colspan=\"2\" class=\"text\">").append(swatch(i)).append(Html.escape(labels.get(i))).append("</th>");
        }
        html.append("</tr>\n<tr><th></th>");
        comparison.runs().forEach(r -> html.append("<th>mean</th><th>median</th>"));
        html.append("</tr>\n");
        for (Distribution d : comparison.distributions()) {
            html.append("<tr><th class=\"text\">").append(Html.escape(d.measure().label())).append("</th>");
            for (Distribution.Summary s : d.runs()) {
                html.append("<td>").append(Html.number(s.mean(), 2)).append("</td><td>").append(Html.number(s.median(), 2))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        close();
    }

    private void tradeOff() {
        TradeOff t = comparison.tradeOff();
        open("trade-off", "Score against " + TradeOffChart.shortName(t));
        legend();
        html.append("<div class=\"charts\">").append(TradeOffChart.of(t, labels)).append("</div>\n");
        html.append("<p class=\"note\">Each run's Pareto front (larger marks joined by a line) holds the molecules no")
                .append(" other molecule of the run beats on both score and ").append(Html.escape(TradeOffChart.shortName(t)))
                .append(". ").append(t.axis().equals("similarity")
                        ? "Similarity is measured to the nearest lead of the compared optimisation runs, for every run. "
                        : "")
                .append("At most ").append(Html.count(TradeOff.SHOWN))
                .append(" molecules per run are drawn (the front always); fronts use all of them.</p>\n");
        for (int i = 0; i < t.runs().size(); i++) {
            TradeOff.RunPoints run = t.runs().get(i);
            html.append("<details><summary>").append(swatch(i)).append(Html.escape(labels.get(i))).append(": ")
                    .append(Html.count(run.front().size())).append(" on the front, of ").append(Html.count(run.molecules()))
                    .append("</summary>\n<table>\n<tr><th>").append(Html.escape(t.axis())).append("</th><th>score</th>")
                    .append("<th class=\"text\">SMILES</th></tr>\n");
            List<Point> front = new ArrayList<>(run.front());
            java.util.Collections.reverse(front); // best score first
            for (Point p : front) {
                html.append("<tr><td>").append(Html.number(p.x(), 3)).append("</td><td>").append(Html.number(p.y(), 3))
                        .append("</td><td class=\"text smiles\">").append(Html.escape(p.smiles())).append("</td></tr>\n");
            }
            html.append("</table>\n</details>\n");
        }
        close();
    }

    private void space() {
        ChemicalSpace s = comparison.space();
        PrincipalComponents pca = s.components();
        open("space", "Chemical space");
        legend();
        html.append("<div class=\"charts\">").append(SpaceChart.of(s, labels)).append("</div>\n");
        html.append("<p class=\"note\">One principal component analysis of the standardised descriptors below, fitted on")
                .append(" the molecules of all runs together (").append(Html.count(pca.rows()))
                .append(" molecules), so a region of the map means the same for every run. Crosses mark each run's")
                .append(" centre; at most ").append(Html.count(ChemicalSpace.SHOWN))
                .append(" molecules per run are drawn.</p>\n<table>\n<tr><th class=\"text\">descriptor</th>")
                .append("<th>mean</th><th>standard deviation</th>");
        for (int k = 0; k < pca.loadings().size(); k++) {
            html.append("<th>PC").append(k + 1).append(" loading</th>");
        }
        html.append("</tr>\n");
        for (int j = 0; j < pca.descriptors().size(); j++) {
            html.append("<tr><td class=\"text\">").append(Html.escape(pca.descriptors().get(j))).append("</td><td>")
                    .append(Html.number(pca.means().get(j), 2)).append("</td><td>").append(Html.number(pca.scales().get(j), 2))
                    .append("</td>");
            for (List<Double> loading : pca.loadings()) {
                html.append("<td>").append(Html.number(loading.get(j), 3)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("<tr><th class=\"text\">share of the variance</th><td></td><td></td>");
        pca.explained().forEach(e -> html.append("<td>").append(Html.percent(e)).append("</td>"));
        html.append("</tr>\n</table>\n<table>\n<tr><th class=\"text\">run</th><th>molecules on the map</th>")
                .append("<th>centre PC1</th><th>centre PC2</th></tr>\n");
        for (int i = 0; i < s.runs().size(); i++) {
            ChemicalSpace.RunMap m = s.runs().get(i);
            html.append("<tr><td class=\"text\">").append(swatch(i)).append(Html.escape(labels.get(i))).append("</td><td>")
                    .append(Html.count(m.mapped())).append("</td><td>").append(Html.number(m.centroid().x(), 2))
                    .append("</td><td>").append(Html.number(m.centroid().y(), 2)).append("</td></tr>\n");
        }
        html.append("</table>\n");
        close();
    }

    private void overlap() {
        Overlap o = comparison.overlap();
        open("overlap", "Overlap");
        html.append("<h3>Shared molecules</h3>\n");
        matrix(o.sharedMolecules(), "molecules");
        html.append("<p class=\"note\">Molecules (canonical SMILES) both runs hold; the diagonal is each run's count. In")
                .append(" every run: ").append(Html.count(o.moleculesInAll())).append(".</p>\n<h3>Shared scaffolds</h3>\n");
        matrix(o.sharedScaffolds(), "scaffolds");
        html.append("<p class=\"note\">Bemis–Murcko scaffolds (ring systems and their linkers) both runs have. In every")
                .append(" run: ").append(Html.count(o.scaffoldsInAll())).append(".</p>\n");
        html.append("<h3>Scaffolds found by more than one run</h3>\n<p class=\"note\">Molecules with the scaffold in")
                .append(" each run that has it.</p>\n");
        scaffoldCards(o.commonScaffolds());
        html.append("<h3>Scaffolds found by one run only</h3>\n");
        for (int i = 0; i < o.ownScaffolds().size(); i++) {
            html.append("<p>").append(swatch(i)).append(Html.escape(labels.get(i))).append(": ")
                    .append(Html.count(o.scaffoldsOnlyIn().get(i))).append(" scaffolds no other run has")
                    .append(o.ownScaffolds().get(i).isEmpty() ? "" : "; the most common:").append("</p>\n");
            if (!o.ownScaffolds().get(i).isEmpty()) {
                scaffoldCards(o.ownScaffolds().get(i));
            }
        }
        close();
    }

    private void matrix(List<List<Integer>> counts, String what) {
        html.append("<table class=\"matrix\">\n<tr><th class=\"text\">").append(what).append("</th>");
        for (int i = 0; i < counts.size(); i++) {
            html.append("<th>").append(swatch(i)).append(Html.escape(labels.get(i))).append("</th>");
        }
        html.append("</tr>\n");
        for (int i = 0; i < counts.size(); i++) {
            html.append("<tr><th class=\"text\">").append(swatch(i)).append(Html.escape(labels.get(i))).append("</th>");
            for (int n : counts.get(i)) {
                html.append("<td>").append(Html.count(n)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** Scaffolds as cards: the drawing, its SMILES, and how many molecules of each run have it. */
    private void scaffoldCards(List<ScaffoldCount> scaffolds) {
        if (scaffolds.isEmpty()) {
            html.append("<p class=\"note\">None.</p>\n");
            return;
        }
        html.append("<div class=\"cards scaffolds\">\n");
        for (ScaffoldCount s : scaffolds) {
            html.append("<div class=\"card\">").append(depictions.of(s.scaffold(), SCAFFOLD_WIDTH, SCAFFOLD_HEIGHT))
                    .append("<div class=\"smiles\">").append(Html.escape(s.scaffold())).append("</div><div>");
            for (int i = 0; i < s.perRun().size(); i++) {
                if (s.perRun().get(i) > 0) {
                    html.append("<span class=\"count\">").append(swatch(i)).append(Html.count(s.perRun().get(i)))
                            .append("</span> ");
                }
            }
            html.append("</div></div>\n");
        }
        html.append("</div>\n");
    }

    private void diversityAndAlerts() {
        open("alerts", "Diversity and alerts");
        legend();
        List<String> sets = new ArrayList<>(comparison.alertSets());
        List<List<Double>> shares = new ArrayList<>();
        for (RunStatistics r : comparison.runs()) {
            List<Double> s = new ArrayList<>();
            sets.forEach(set -> s.add(r.alertShares().getOrDefault(set, 0.0)));
            s.add(r.anyAlertShare());
            shares.add(s);
        }
        sets.add("any alert");
        html.append("<div class=\"charts\">")
                .append(BarChart.of("Molecules with an alert, by alert set", "% of the run's molecules", sets, shares, labels))
                .append("</div>\n");
        html.append("<table>\n<tr><th class=\"text\">alert set</th>");
        for (int i = 0; i < labels.size(); i++) {
            html.append("<th>").append(swatch(i)).append(Html.escape(labels.get(i))).append("</th>");
        }
        html.append("</tr>\n");
        for (int c = 0; c < sets.size(); c++) {
            html.append("<tr><td class=\"text\">").append(Html.escape(sets.get(c))).append("</td>");
            for (List<Double> s : shares) {
                html.append("<td>").append(Html.percent(s.get(c))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("<tr><td class=\"text\">internal diversity</td>");
        comparison.runs().forEach(r -> html.append("<td>").append(Html.number(r.diversity(), 3)).append("</td>"));
        html.append("</tr>\n</table>\n<p class=\"note\">The share of each run's molecules with at least one alert of")
                .append(" the set. Internal diversity: mean 1 − Tanimoto (ECFP4) over pairs; 0 for copies of one")
                .append(" molecule, near 0.9 for a diverse drug-like library.</p>\n");
        close();
    }

    private void top() {
        open("top", "Top molecules");
        for (int i = 0; i < comparison.runs().size(); i++) {
            RunStatistics r = comparison.runs().get(i);
            html.append("<h3>").append(swatch(i)).append("Run ").append(r.id()).append(": ").append(Html.escape(r.name()))
                    .append("</h3>\n");
            if (r.top().isEmpty()) {
                html.append("<p class=\"note\">No molecules.</p>\n");
                continue;
            }
            html.append("<div class=\"cards\">\n");
            for (TopMolecule m : r.top()) {
                html.append("<div class=\"card\">").append(depictions.of(m.smiles(), STRUCTURE_WIDTH, STRUCTURE_HEIGHT))
                        .append("<div><b>#").append(m.rank()).append("</b> score ")
                        .append(m.filtered() ? "filtered" : Html.number(m.score(), 3)).append(", QED ")
                        .append(Html.number(m.qed(), 2)).append(", SA ").append(Html.number(m.saScore(), 2));
                if (Double.isFinite(m.similarity())) {
                    html.append(", similarity ").append(Html.number(m.similarity(), 2));
                }
                if (m.round() >= 0) {
                    html.append(", round ").append(m.round());
                }
                html.append("</div>");
                if (!m.name().isEmpty()) {
                    html.append("<div>").append(Html.escape(m.name())).append("</div>");
                }
                html.append("<div class=\"smiles\">").append(Html.escape(m.smiles())).append("</div></div>\n");
            }
            html.append("</div>\n");
        }
        close();
    }

    // ---- pieces ----

    private void open(String id, String heading) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(heading)).append("</h2>\n");
    }

    private void close() {
        html.append("</section>\n");
    }

    /** Which colour is which run, above a section's charts. */
    private void legend() {
        html.append("<p class=\"legend\">");
        for (int i = 0; i < comparison.runs().size(); i++) {
            RunStatistics r = comparison.runs().get(i);
            html.append(i == 0 ? "" : " &nbsp; ").append(swatch(i)).append("run ").append(r.id()).append(" <small>")
                    .append(Html.escape(r.kind().id())).append(r.profile().isEmpty() ? "" : ", " + Html.escape(r.profile()))
                    .append("</small>");
        }
        if (comparison.runs().stream().anyMatch(r -> r.leads() > 0)) {
            html.append(" &nbsp; ◇ lead");
        }
        html.append("</p>\n");
    }

    private static String swatch(int run) {
        return "<span class=\"swatch\" style=\"background:" + Palette.of(run) + "\"></span>";
    }

    private void row(String heading, Function<RunStatistics, String> cell, boolean text) {
        html.append("<tr><th class=\"text\">").append(Html.escape(heading)).append("</th>");
        for (RunStatistics r : comparison.runs()) {
            html.append(text ? "<td class=\"text\">" : "<td>").append(cell.apply(r)).append("</td>");
        }
        html.append("</tr>\n");
    }

    private void rowIndexed(String heading, java.util.function.IntFunction<String> cell) {
        html.append("<tr><th class=\"text\">").append(Html.escape(heading)).append("</th>");
        for (int i = 0; i < comparison.runs().size(); i++) {
            html.append("<td>").append(cell.apply(i)).append("</td>");
        }
        html.append("</tr>\n");
    }
}
