package org.denovo.core.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.denovo.core.chem.AnalyzedMolecule;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.score.ComponentScore;
import org.denovo.core.score.ScoredMolecule;

/**
 * The named fields written for a ranked molecule, in a fixed order, shared by the SDF and CSV exporters. {@code rank}
 * is the molecule's rank in its run (empty when it has none); exports from the library add {@code position} (1..n in
 * the file) and {@code profile} (the profile the run was ranked with) as tags, written right after the rank.
 */
public final class ScoredFields {
    public static final String RANK = "rank";
    public static final String POSITION = "position";
    public static final String PROFILE = "profile";

    private ScoredFields() {
    }

    /** The fields every molecule has, in order (components and input tags follow them). */
    static List<String> fixedNames() {
        List<String> names = new java.util.ArrayList<>(List.of(RANK, "score", "name", "smiles", "inchikey", "formula"));
        for (Descriptor d : Descriptor.values()) {
            names.add(d.column());
        }
        names.addAll(List.of("alerts", "filtered_by", "warnings"));
        return names;
    }

    static Map<String, String> of(ScoredMolecule s) {
        AnalyzedMolecule m = s.molecule();
        Map<String, String> f = new LinkedHashMap<>();
        f.put(RANK, s.rank() > 0 ? Integer.toString(s.rank()) : "");
        for (String placed : List.of(POSITION, PROFILE)) {
            String value = m.tags().get(placed);
            if (value != null) {
                f.put(placed, value);
            }
        }
        f.put("score", Csv.number(s.score().total(), false));
        f.put("name", m.molecule().name());
        f.put("smiles", m.smiles());
        f.put("inchikey", m.molecule().inchiKey());
        f.put("formula", m.formula());
        for (Descriptor d : Descriptor.values()) {
            f.put(d.column(), Csv.number(d.valueOf(m), d.integral()));
        }
        for (ComponentScore c : s.score().components()) {
            f.put("component:" + c.name(), Csv.number(c.score(), false));
            f.put("raw:" + c.name(), Csv.number(c.raw(), false));
        }
        f.put("alerts", m.alerts().hits().stream().map(h -> h.set() + ":" + h.description())
                .collect(Collectors.joining("; ")));
        f.put("filtered_by", s.score().filteredBy() == null ? "" : s.score().filteredBy());
        f.put("warnings", String.join("; ", m.changes()));
        for (Map.Entry<String, String> tag : m.tags().entrySet()) {
            f.putIfAbsent(tag.getKey(), tag.getValue());
        }
        return f;
    }
}
