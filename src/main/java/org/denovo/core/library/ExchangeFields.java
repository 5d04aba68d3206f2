package org.denovo.core.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.denovo.core.chem.Descriptor;
import org.denovo.core.io.ScoredFields;

/**
 * The fields the library adds to exported molecules (run, starred, rating, tags, notes, position in the file, the
 * run's profile) and the ones an import recomputes instead of keeping as tags, so that export then import gives the
 * same molecules and curation.
 */
public final class ExchangeFields {
    public static final String RUN = "run";
    public static final String STARRED = "starred";
    public static final String RATING = "rating";
    /** Files exported before the star and the rating were apart: a rating from 0 to 5 that also stars. */
    public static final String STAR = "star";
    public static final String TAGS = "tags";
    public static final String NOTES = "notes";
    public static final String SCORE = "score";
    private static final Set<String> RECOMPUTED = Set.of(ScoredFields.RANK, ScoredFields.POSITION, "score", "name",
            "smiles", "inchikey", "formula", "alerts", "filtered_by", "warnings", RUN);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExchangeFields() {
    }

    /** The input tags of a molecule with the library's curation fields set (empty values included, for CSV headers). */
    public static Map<String, String> forExport(LibraryMolecule m) {
        Map<String, String> tags = new LinkedHashMap<>(m.scored().molecule().tags());
        tags.keySet().removeAll(List.of(RUN, STARRED, RATING, STAR, TAGS, NOTES));
        tags.put(RUN, Long.toString(m.runId()));
        tags.put(STARRED, m.starred() ? "1" : "");
        tags.put(RATING, m.rating() == 0 ? "" : Integer.toString(m.rating()));
        tags.put(TAGS, String.join(";", m.tags()));
        tags.put(NOTES, m.notes());
        return tags;
    }

    /**
     * The same, plus the molecule's position in the file (1..n) and the profile its run was ranked with (when the
     * run names none, a profile the molecule was imported with is kept).
     */
    public static Map<String, String> forExport(LibraryMolecule m, long position, String runProfile) {
        Map<String, String> tags = forExport(m);
        tags.put(ScoredFields.POSITION, Long.toString(position));
        if (runProfile != null && !runProfile.isEmpty()) {
            tags.put(ScoredFields.PROFILE, runProfile);
        } else {
            tags.putIfAbsent(ScoredFields.PROFILE, "");
        }
        return tags;
    }

    /**
     * The name of the profile a run was ranked with, from its configuration: the profile's own name when recorded,
     * else the name or file the run was given (a path is shortened to its file name); empty for runs that were not
     * scored with a profile (imports).
     */
    public static String profileOf(RunSummary run) {
        try {
            JsonNode config = JSON.readTree(run.configJson());
            String name = config.path("profile_name").asText("");
            if (name.isEmpty()) {
                name = config.path("profile").asText("");
            }
            return name.replaceAll("^.*[/\\\\]", "").replaceAll("(?i)\\.json$", "");
        } catch (IOException e) {
            return "";
        }
    }

    /** Whether an imported field is one the app computes itself (and so is not kept as a tag). */
    public static boolean recomputed(String field) {
        String f = field.strip();
        return RECOMPUTED.contains(f) || f.startsWith("component:") || f.startsWith("raw:")
                || Descriptor.byColumn(f).map(d -> d.column().equals(f)).orElse(false);
    }
}
