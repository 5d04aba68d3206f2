package org.denovo.core.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** A JSON object from a profile file, with the file and line it came from, and typed accessors that explain errors. */
public record Spec(JsonNode node, String file, int line) {

    public ProfileException error(String message) {
        return new ProfileException(file, line, message);
    }

    public boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    public String string(String field) throws ProfileException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw error("missing \"" + field + "\"");
        }
        if (!v.isTextual()) {
            throw error("\"" + field + "\" must be a string, got " + v);
        }
        return v.asText();
    }

    public String string(String field, String fallback) throws ProfileException {
        return has(field) ? string(field) : fallback;
    }

    public double number(String field) throws ProfileException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw error("missing \"" + field + "\"");
        }
        if (!v.isNumber()) {
            throw error("\"" + field + "\" must be a number, got " + v);
        }
        return v.asDouble();
    }

    public double number(String field, double fallback) throws ProfileException {
        return has(field) ? number(field) : fallback;
    }

    public List<String> strings(String field) throws ProfileException {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw error("\"" + field + "\" must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw error("\"" + field + "\" must contain only strings, got " + e);
            }
            out.add(e.asText());
        }
        return out;
    }

    public Spec child(String field) throws ProfileException {
        JsonNode v = node.get(field);
        if (v == null || !v.isObject()) {
            throw error("\"" + field + "\" must be an object");
        }
        return new Spec(v, file, line);
    }

    /** Rejects fields this object does not know, naming the allowed ones. */
    public void allowOnly(Set<String> allowed) throws ProfileException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw error("unknown field \"" + f + "\"; allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }
}
