package org.denovo.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.denovo.core.compare.PrincipalComponents;

/** What the chemical-space map's axes mean: each component's largest loadings, in a chemist's words. */
public final class MapAxes {
    private static final Map<String, String> NAMES = Map.of("mol_weight", "MW", "crippen_logp", "logP", "tpsa", "TPSA",
            "hbd", "HBD", "hba", "HBA", "rotatable_bonds", "rotatable bonds", "rings", "rings",
            "aromatic_rings", "aromatic rings", "fsp3", "Fsp3", "qed", "QED");
    /** Loadings named per component. */
    private static final int NAMED = 3;

    private MapAxes() {
    }

    /** "PC1: MW +0.46, rings +0.41, HBA +0.38"; "" when the component is not there. */
    public static String describe(PrincipalComponents pca, int component) {
        if (component >= pca.loadings().size()) {
            return "";
        }
        List<Double> loadings = pca.loadings().get(component);
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < loadings.size(); j++) {
            order.add(j);
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -Math.abs(loadings.get(j))));
        List<String> named = new ArrayList<>();
        for (int j : order.subList(0, Math.min(NAMED, order.size()))) {
            String d = pca.descriptors().get(j);
            named.add(String.format(Locale.ROOT, "%s %+.2f", NAMES.getOrDefault(d, d), loadings.get(j)));
        }
        return "PC" + (component + 1) + ": " + String.join(", ", named);
    }
}
