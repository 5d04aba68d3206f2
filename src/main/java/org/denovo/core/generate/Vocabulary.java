package org.denovo.core.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The model's tokens, with the special tokens and the tokenising pattern from {@code vocab.json}. */
public final class Vocabulary {
    private final List<String> tokens;
    private final Map<String, Integer> index = new HashMap<>();
    private final Pattern pattern;
    private final int pad;
    private final int bos;
    private final int eos;
    private final int unk;

    public Vocabulary(List<String> tokens, String pattern, String pad, String bos, String eos, String unk) {
        this.tokens = List.copyOf(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            index.put(tokens.get(i), i);
        }
        this.pattern = Pattern.compile(pattern);
        this.pad = require(pad);
        this.bos = require(bos);
        this.eos = require(eos);
        this.unk = require(unk);
    }

    static Vocabulary fromJson(JsonNode json) {
        List<String> tokens = new ArrayList<>();
        json.get("tokens").forEach(t -> tokens.add(t.asText()));
        return new Vocabulary(tokens, json.get("pattern").asText(), json.get("pad").asText(), json.get("bos").asText(),
                json.get("eos").asText(), json.get("unk").asText());
    }

    private int require(String token) {
        Integer i = index.get(token);
        if (i == null) {
            throw new IllegalArgumentException("vocabulary lacks the special token " + token);
        }
        return i;
    }

    public int size() {
        return tokens.size();
    }

    public String token(int id) {
        return tokens.get(id);
    }

    public int id(String token) {
        return index.getOrDefault(token, unk);
    }

    public boolean contains(String token) {
        return index.containsKey(token);
    }

    public Pattern pattern() {
        return pattern;
    }

    public int pad() {
        return pad;
    }

    public int bos() {
        return bos;
    }

    public int eos() {
        return eos;
    }

    public int unk() {
        return unk;
    }

    /** True for tokens that never appear inside a SMILES: padding, begin, end and unknown. */
    public boolean isSpecial(int id) {
        return id == pad || id == bos || id == eos || id == unk;
    }
}
