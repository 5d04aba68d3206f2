package org.denovo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.denovo.core.library.RunSummary;

/** JSON shapes printed by the library commands. */
final class LibraryJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LibraryJson() {
    }

    static Map<String, Object> run(RunSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind().id());
        m.put("name", r.name());
        m.put("status", r.status().id());
        m.put("molecules", r.molecules());
        m.put("sampled", r.sampled());
        m.put("valid", r.valid());
        m.put("median_score", r.medianScore());
        m.put("created", time(r.created()));
        return m;
    }

    static String time(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString();
    }
}
