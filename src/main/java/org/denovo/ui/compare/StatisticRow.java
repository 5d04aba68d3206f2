package org.denovo.ui.compare;

import java.util.List;

/**
 * One line of the comparison's statistics table: what is measured, and its value for each run in comparison order.
 *
 * @param help what the line means, shown as its tooltip ("" when it needs no explanation)
 */
public record StatisticRow(String measure, List<String> values, String help) {
    public StatisticRow {
        values = List.copyOf(values);
    }
}
