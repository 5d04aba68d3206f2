package org.denovo.core.chem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the chemistry data files the app ships on the classpath under /molecules/. */
public final class ShippedData {
    private ShippedData() {
    }

    /** All lines of a classpath resource such as "/molecules/qed/acceptor_smarts.txt". */
    public static List<String> lines(String resource) {
        InputStream in = ShippedData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Non-blank lines that are not '#' comments, trimmed. */
    public static List<String> entries(String resource) {
        return lines(resource).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
