package org.denovo.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.chem.alerts.AlertSets;

/**
 * The table's filter language: clauses joined by commas or "and", all of which must hold.
 * <pre>
 *   qed &gt; 0.6          200 &lt;= mw &lt;= 500      no PAINS        has Dundee     no alerts
 *   novel   known       starred   rating &gt;= 3   #hit           passes (not filtered by the profile)
 *   anything else: text in the name or SMILES
 * </pre>
 */
public record RowFilter(String text, Predicate<MoleculeRow> predicate) {
    public static final RowFilter ALL = new RowFilter("", r -> true);

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|&&|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final String NUMBER = "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)";
    private static final String OP = "(<=|>=|!=|==|=|<|>)";
    private static final Pattern COMPARISON = Pattern.compile("([a-z_][a-z0-9_]*)\\s*" + OP + "\\s*" + NUMBER);
    private static final Pattern REVERSED = Pattern.compile(NUMBER + "\\s*" + OP + "\\s*([a-z_][a-z0-9_]*)");
    private static final Pattern BETWEEN = Pattern.compile(NUMBER + "\\s*(<=|<)\\s*([a-z_][a-z0-9_]*)\\s*(<=|<)\\s*" + NUMBER);
    private static final List<String> SETS = List.of(AlertSets.PAINS, AlertSets.MCF, AlertSets.GLAXO, AlertSets.DUNDEE,
            AlertSets.BMS, AlertSets.SURECHEMBL, AlertSets.MLSMR, AlertSets.INPHARMATICA, AlertSets.LINT,
            AlertSets.MOSES_PAINS);
    private static final Map<String, Descriptor> ALIASES = Map.ofEntries(
            Map.entry("mw", Descriptor.MOL_WEIGHT), Map.entry("weight", Descriptor.MOL_WEIGHT),
            Map.entry("logp", Descriptor.CRIPPEN_LOGP), Map.entry("clogp", Descriptor.CRIPPEN_LOGP),
            Map.entry("sa", Descriptor.SA_SCORE), Map.entry("psa", Descriptor.TPSA),
            Map.entry("rotb", Descriptor.ROTATABLE_BONDS), Map.entry("hac", Descriptor.HEAVY_ATOMS),
            Map.entry("heavy", Descriptor.HEAVY_ATOMS), Map.entry("charge", Descriptor.FORMAL_CHARGE),
            Map.entry("alerts", Descriptor.ALERT_COUNT), Map.entry("lipinski", Descriptor.LIPINSKI_VIOLATIONS),
            Map.entry("stereo", Descriptor.STEREOCENTRES), Map.entry("arom", Descriptor.AROMATIC_RINGS));

    /**
     * Reads a filter; blank text keeps every row.
     *
     * @throws IllegalArgumentException with a message fit for the user when a clause is not understood
     */
    public static RowFilter parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return ALL;
        }
        List<Predicate<MoleculeRow>> parts = new ArrayList<>();
        for (String clause : SPLIT.split(t)) {
            if (!clause.isBlank()) {
                parts.add(clause(clause.strip()));
            }
        }
        return new RowFilter(t, row -> {
            for (Predicate<MoleculeRow> p : parts) {
                if (!p.test(row)) {
                    return false;
                }
            }
            return true;
        });
    }

    private static Predicate<MoleculeRow> clause(String clause) {
        String c = clause.toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = BETWEEN.matcher(c)).matches()) {
            ToDoubleFunction<MoleculeRow> v = column(m.group(3));
            Predicate<MoleculeRow> low = compare(v, flip(m.group(2)), Double.parseDouble(m.group(1)));
            Predicate<MoleculeRow> high = compare(v, m.group(4), Double.parseDouble(m.group(5)));
            return low.and(high);
        }
        if ((m = COMPARISON.matcher(c)).matches()) {
            return compare(column(m.group(1)), m.group(2), Double.parseDouble(m.group(3)));
        }
        if ((m = REVERSED.matcher(c)).matches()) {
            return compare(column(m.group(3)), flip(m.group(2)), Double.parseDouble(m.group(1)));
        }
        if (c.startsWith("no ") || c.startsWith("without ")) {
            return alertsIn(c.substring(c.indexOf(' ') + 1).strip()).negate();
        }
        if (c.startsWith("has ") || c.startsWith("with ")) {
            return alertsIn(c.substring(c.indexOf(' ') + 1).strip());
        }
        if (c.startsWith("#") || c.startsWith("tag:")) {
            String tag = clause.substring(c.startsWith("#") ? 1 : 4).strip();
            return row -> row.tagsProperty().get().stream().anyMatch(x -> x.equalsIgnoreCase(tag));
        }
        switch (c) {
            case "novel":
                return row -> Boolean.TRUE.equals(row.novel());
            case "known":
                return row -> Boolean.FALSE.equals(row.novel());
            case "starred":
                return row -> row.starredProperty().get();
            case "unstarred":
                return row -> !row.starredProperty().get();
            case "passes":
                return row -> !row.filteredOut();
            case "filtered":
                return MoleculeRow::filteredOut;
            default:
                break;
        }
        if (c.matches(".*[<>=].*")) {
            throw new IllegalArgumentException("cannot read \"" + clause + "\"; write e.g. qed > 0.6 or 200 <= mw <= 500");
        }
        if (knownSet(c) != null) {
            return alertsIn(c);
        }
        String needle = c;
        return row -> row.smiles().toLowerCase(Locale.ROOT).contains(needle)
                || row.name().toLowerCase(Locale.ROOT).contains(needle)
                || row.notes().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static ToDoubleFunction<MoleculeRow> column(String name) {
        switch (name) {
            case "score":
                return MoleculeRow::score;
            case "rating":
                return r -> r.ratingProperty().get();
            case "rank":
                return r -> r.rankProperty().get();
            case "sim", "similarity":
                return MoleculeRow::similarity;
            case "round":
                return MoleculeRow::round;
            default:
                break;
        }
        Descriptor d = ALIASES.get(name);
        if (d == null) {
            d = Descriptor.byColumn(name).orElseThrow(() -> new IllegalArgumentException("unknown column \"" + name
                    + "\"; use score, qed, sa, mw, logp, tpsa, hbd, hba, rotb, rings, fsp3, alerts, rating, rank, sim or round"));
        }
        Descriptor descriptor = d;
        return r -> r.value(descriptor);
    }

    private static Predicate<MoleculeRow> compare(ToDoubleFunction<MoleculeRow> v, String op, double x) {
        return switch (op) {
            case "<" -> r -> v.applyAsDouble(r) < x;
            case "<=" -> r -> v.applyAsDouble(r) <= x;
            case ">" -> r -> v.applyAsDouble(r) > x;
            case ">=" -> r -> v.applyAsDouble(r) >= x;
            case "!=" -> r -> v.applyAsDouble(r) != x;
            default -> r -> v.applyAsDouble(r) == x;
        };
    }

    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }

    private static Predicate<MoleculeRow> alertsIn(String set) {
        if (set.equals("alerts") || set.equals("alert")) {
            return row -> !row.alerts().isEmpty();
        }
        String known = knownSet(set);
        if (known == null) {
            throw new IllegalArgumentException("unknown alert set \"" + set + "\"; use alerts or one of "
                    + String.join(", ", SETS));
        }
        return row -> row.alerts().stream().anyMatch(h -> h.set().equals(known));
    }

    private static String knownSet(String name) {
        for (String s : SETS) {
            if (s.equalsIgnoreCase(name) || (s.equals(AlertSets.DUNDEE) && name.equals("brenk"))) {
                return s;
            }
        }
        return null;
    }
}
