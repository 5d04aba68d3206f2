package org.denovo.core.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.denovo.core.chem.Fingerprint;
import org.denovo.core.chem.alerts.AlertHit;
import org.denovo.core.score.ComponentScore;

/** Compact stored forms: fingerprints as little-endian packed bytes, small JSON arrays for alerts and scores. */
final class MoleculeCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MoleculeCodec() {
    }

    static byte[] pack(Fingerprint fp) {
        long[] words = fp.words();
        ByteBuffer b = ByteBuffer.allocate(words.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long w : words) {
            b.putLong(w);
        }
        return b.array();
    }

    static long[] unpack(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long[] words = new long[bytes.length / 8];
        for (int i = 0; i < words.length; i++) {
            words[i] = b.getLong();
        }
        return words;
    }

    /** {@code [[set, id, description, [atoms]], ...]}, or null when there are none. */
    static String alerts(List<AlertHit> hits) {
        if (hits.isEmpty()) {
            return null;
        }
        // written directly (this runs for every stored molecule); read back with Jackson
        StringBuilder sb = new StringBuilder(64 * hits.size());
        sb.append('[');
        for (int i = 0; i < hits.size(); i++) {
            AlertHit h = hits.get(i);
            sb.append(i == 0 ? "[" : ",[");
            quoted(sb, h.set()).append(',');
            quoted(sb, h.id()).append(',');
            quoted(sb, h.description()).append(",[");
            int[] atoms = h.atoms();
            for (int k = 0; k < atoms.length; k++) {
                sb.append(k == 0 ? "" : ",").append(atoms[k]);
            }
            sb.append("]]");
        }
        return sb.append(']').toString();
    }

    private static StringBuilder quoted(StringBuilder sb, String text) {
        sb.append('"');
        com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text, sb);
        return sb.append('"');
    }

    static List<AlertHit> alerts(String json) {
        if (json == null) {
            return List.of();
        }
        List<AlertHit> hits = new ArrayList<>();
        for (List<Object> row : read(json, new TypeReference<List<List<Object>>>() { })) {
            @SuppressWarnings("unchecked")
            List<Integer> atoms = (List<Integer>) row.get(3);
            hits.add(new AlertHit((String) row.get(0), (String) row.get(1), (String) row.get(2),
                    atoms.stream().mapToInt(Integer::intValue).toArray()));
        }
        return hits;
    }

    /** {@code [[name, raw, score, weight], ...]}; NaN is stored as null. */
    static String components(List<ComponentScore> components) {
        if (components.isEmpty()) {
            return null;
        }
        List<Object> rows = new ArrayList<>();
        for (ComponentScore c : components) {
            List<Object> row = new ArrayList<>();
            row.add(c.name());
            row.add(finite(c.raw()));
            row.add(finite(c.score()));
            row.add(finite(c.weight()));
            rows.add(row);
        }
        return write(rows);
    }

    static List<ComponentScore> components(String json) {
        if (json == null) {
            return List.of();
        }
        List<ComponentScore> out = new ArrayList<>();
        for (List<Object> row : read(json, new TypeReference<List<List<Object>>>() { })) {
            out.add(new ComponentScore((String) row.get(0), number(row.get(1)), number(row.get(2)), number(row.get(3))));
        }
        return out;
    }

    static String tags(Map<String, String> tags) {
        return tags.isEmpty() ? null : write(tags);
    }

    static Map<String, String> tags(String json) {
        return json == null ? Map.of() : read(json, new TypeReference<LinkedHashMap<String, String>>() { });
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double number(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged JSON in the library: " + e.getOriginalMessage(), e);
        }
    }
}
