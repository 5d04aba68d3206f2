package org.denovo.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.denovo.core.compare.Overlap;
import org.denovo.core.compare.RunComparer;
import org.denovo.core.compare.RunComparison;
import org.denovo.core.compare.RunStatistics;

/** The rows of the comparison's statistics table (runs are its columns), with the report's wording. */
public final class StatisticsTable {
    private StatisticsTable() {
    }

    public static List<StatisticRow> rows(RunComparison c) {
        List<RunStatistics> runs = c.runs();
        Overlap o = c.overlap();
        List<StatisticRow> rows = new ArrayList<>();
        Rows add = new Rows(runs, rows);
        add.row("Name", RunStatistics::name, "");
        add.row("Kind", r -> r.kind().id(), "");
        add.row("Status", r -> r.status().id(), "");
        add.row("Profile", r -> r.profile().isEmpty() ? Figures.NONE : r.profile(),
                "The profile the run was scored with: scores compare only between runs of the same profile");
        add.row("Model", r -> r.model().isEmpty() ? Figures.NONE : r.model(), "");
        add.row("Molecules", r -> Figures.count(r.molecules()), "Molecules the run holds, leads not counted");
        if (runs.stream().anyMatch(r -> r.leads() > 0)) {
            add.row("Leads (not counted)", r -> Figures.count(r.leads()), "An optimisation run's starting molecules (round 0)");
        }
        add.row("Sampled", r -> r.sampled() == null ? Figures.NONE : Figures.count(r.sampled()),
                "Strings a generating run sampled");
        add.row("Validity", r -> Figures.percent(r.validity()), "Valid strings over sampled strings");
        add.row("Uniqueness", r -> Figures.percent(r.uniqueness()), "Distinct molecules over valid strings (generate runs)");
        add.row("Novelty", r -> Figures.percent(r.novelty()),
                "Share of molecules outside the model's training set, where the run marked it");
        add.row("Scored", r -> Figures.count(r.scored()), "Molecules with a score that counts");
        add.row("Filtered by the profile", r -> Figures.count(r.filtered()), "Removed by a hard filter of the profile");
        add.row("Best score", r -> Figures.number(r.best(), 3), "");
        add.row("Median score", r -> Figures.number(r.median(), 3), "Over the scored molecules");
        add.row(hitsLabel(c.settings().threshold()), r -> Figures.count(r.hits()) + " (" + Figures.percent(r.hitShare()) + ")",
                "Molecules scoring at least the threshold, and their share of the run's molecules");
        add.row("Scaffolds among the hits", r -> Figures.count(r.hitScaffolds()), "Distinct Bemis–Murcko scaffolds of the hits");
        add.row("Scaffolds", r -> Figures.count(r.scaffolds()), "Distinct Bemis–Murcko scaffolds");
        add.row("Internal diversity", r -> Figures.number(r.diversity(), 3)
                        + (r.diversitySample() < r.molecules() ? " (" + Figures.count(r.diversitySample()) + " sampled)" : ""),
                "Mean 1 − Tanimoto (ECFP4) over all pairs, on at most " + Figures.count(RunComparer.DIVERSITY_SAMPLE)
                        + " molecules per run picked by a hash of their SMILES");
        add.indexed("Molecules in no other run", i -> Figures.count(o.moleculesOnlyIn().get(i)), "");
        add.indexed("Scaffolds in no other run", i -> Figures.count(o.scaffoldsOnlyIn().get(i)), "");
        add.row("Molecules with an alert", r -> Figures.percent(r.anyAlertShare()),
                "Share with at least one structural alert of any set");
        for (String set : c.alertSets()) {
            add.row("  " + set + " alerts", r -> Figures.percent(r.molecules() == 0 ? Double.NaN
                            : r.alertShares().getOrDefault(set, 0.0)),
                    "Share with at least one alert of the " + set + " set");
        }
        return rows;
    }

    /** "Hits (score ≥ 0.80)". */
    public static String hitsLabel(double threshold) {
        return "Hits (score ≥ " + Figures.number(threshold, 2) + ")";
    }

    private record Rows(List<RunStatistics> runs, List<StatisticRow> out) {
        void row(String measure, Function<RunStatistics, String> value, String help) {
            out.add(new StatisticRow(measure, runs.stream().map(value).toList(), help));
        }

        void indexed(String measure, IntFunction<String> value, String help) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                values.add(value.apply(i));
            }
            out.add(new StatisticRow(measure, values, help));
        }
    }
}
