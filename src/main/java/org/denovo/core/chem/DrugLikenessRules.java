package org.denovo.core.chem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of thumb chemists check first:
 * Lipinski's rule of five (at most one of MW &gt; 500, logP &gt; 5, HBD &gt; 5, HBA &gt; 10),
 * Veber (rotatable bonds &le; 10 and TPSA &le; 140), and lead-likeness after Teague et al. 1999
 * (MW 200-350, logP &le; 3.5, rotatable bonds &le; 7).
 */
public final class DrugLikenessRules {
    private DrugLikenessRules() {
    }

    public static List<RuleVerdict> evaluate(MolecularProperties p) {
        List<RuleVerdict> out = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        if (p.molWeight() > 500) {
            broken.add(String.format(Locale.ROOT, "MW %.0f > 500", p.molWeight()));
        }
        if (p.crippenLogP() > 5) {
            broken.add(String.format(Locale.ROOT, "logP %.1f > 5", p.crippenLogP()));
        }
        if (p.hbd() > 5) {
            broken.add("HBD " + p.hbd() + " > 5");
        }
        if (p.hba() > 10) {
            broken.add("HBA " + p.hba() + " > 10");
        }
        out.add(new RuleVerdict("Lipinski", broken.size() <= 1,
                broken.isEmpty() ? "no violations" : broken.size() + " violation" + (broken.size() > 1 ? "s" : "")
                        + ": " + String.join(", ", broken)));
        boolean veber = p.rotatableBonds() <= 10 && p.tpsa() <= 140;
        out.add(new RuleVerdict("Veber", veber,
                String.format(Locale.ROOT, "%d rotatable bonds (≤ 10), TPSA %.0f (≤ 140)", p.rotatableBonds(), p.tpsa())));
        boolean lead = p.molWeight() >= 200 && p.molWeight() <= 350 && p.crippenLogP() <= 3.5 && p.rotatableBonds() <= 7;
        out.add(new RuleVerdict("Lead-like", lead, String.format(Locale.ROOT,
                "MW %.0f (200-350), logP %.1f (≤ 3.5), %d rotatable bonds (≤ 7)",
                p.molWeight(), p.crippenLogP(), p.rotatableBonds())));
        return out;
    }
}
