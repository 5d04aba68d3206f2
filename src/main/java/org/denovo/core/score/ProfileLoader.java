package org.denovo.core.score;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads scoring profiles: JSON files (comments and trailing commas allowed) from a path,
 * or a built-in profile by name from {@code molecules/profiles/}.
 */
public final class ProfileLoader {
    public static final List<String> BUILT_IN = List.of("drug-like", "lead-like", "cns-mpo", "qed");
    public static final String DEFAULT = "drug-like";
    private static final Set<String> TOP_FIELDS = Set.of("name", "description", "aggregation", "components", "filters");
    private static final Set<String> COMPONENT_EXTRA = Set.of("weight", "transform");
    private static final Set<String> FILTER_EXTRA = Set.of("min", "max", "filter_name");

    private final ObjectMapper mapper = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private final Path userDir;

    /** Built-in profiles and files given by path only. */
    public ProfileLoader() {
        this(null);
    }

    /** Also finds profiles saved by name in {@code userDir} (e.g. from the workbench's profile editor). */
    public ProfileLoader(Path userDir) {
        this.userDir = userDir;
    }

    /** Built-in profile names, then the user's saved ones, sorted. */
    public List<String> available() {
        List<String> names = new ArrayList<>(BUILT_IN);
        if (userDir != null && Files.isDirectory(userDir)) {
            try (var files = Files.list(userDir)) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json"))
                        .map(f -> f.substring(0, f.length() - 5)).filter(n -> !BUILT_IN.contains(n)).sorted()
                        .forEach(names::add);
            } catch (IOException e) {
                // an unreadable folder just means no saved profiles
            }
        }
        return names;
    }

    /** The JSON text of a profile by name or path, as written (comments included). */
    public String source(String nameOrPath) throws ProfileException {
        Path path = resolveFile(nameOrPath);
        try {
            if (path != null) {
                return Files.readString(path, StandardCharsets.UTF_8);
            }
            String name = nameOrPath.toLowerCase(Locale.ROOT).replaceAll("\\.json$", "");
            try (InputStream in = ProfileLoader.class.getResourceAsStream("/molecules/profiles/" + name + ".json")) {
                if (in == null) {
                    throw new ProfileException(nameOrPath, 0, "no such profile");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ProfileException(nameOrPath, 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Checks the JSON is a valid profile and saves it under {@code name} in the user folder; built-in names are
     * refused. Returns the file written.
     */
    public Path save(String name, String json) throws ProfileException {
        if (userDir == null) {
            throw new ProfileException(name, 0, "there is no folder for saved profiles");
        }
        String n = name == null ? "" : name.strip();
        if (!n.matches("[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}")) {
            throw new ProfileException(n, 0, "a profile name uses letters, digits, space, dot, dash or underscore");
        }
        if (BUILT_IN.contains(n.toLowerCase(Locale.ROOT))) {
            throw new ProfileException(n, 0, "\"" + n + "\" is a built-in profile; save under a new name");
        }
        parse(json, n + ".json");
        try {
            Files.createDirectories(userDir);
            Path file = userDir.resolve(n + ".json");
            Path tmp = userDir.resolve(n + ".json.part");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new ProfileException(n, 0, "cannot save: " + e.getMessage());
        }
    }

    private static boolean isFolder(String nameOrPath) {
        try {
            return Files.isDirectory(Path.of(nameOrPath));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private Path resolveFile(String nameOrPath) {
        try {
            Path.of(nameOrPath);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            return path;
        }
        if (userDir != null && !nameOrPath.contains("/") && !nameOrPath.contains("\\")) {
            Path saved = userDir.resolve(nameOrPath.endsWith(".json") ? nameOrPath : nameOrPath + ".json");
            if (Files.isRegularFile(saved)) {
                return saved;
            }
        }
        return null;
    }

    /** A path to a .json file, the name of a profile saved in the user folder, or the name of a built-in profile. */
    public Profile load(String nameOrPath) throws ProfileException {
        if (isFolder(nameOrPath)) {
            throw new ProfileException(nameOrPath, 0, "is a folder, not a profile file");
        }
        Path path = resolveFile(nameOrPath);
        if (path != null) {
            try {
                return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
            } catch (IOException e) {
                throw new ProfileException(path.toString(), 0, "cannot read: " + e.getMessage());
            }
        }
        String name = nameOrPath.toLowerCase(Locale.ROOT).replaceAll("\\.json$", "");
        try (InputStream in = ProfileLoader.class.getResourceAsStream("/molecules/profiles/" + name + ".json")) {
            if (in == null) {
                throw new ProfileException(nameOrPath, 0, "no such profile file, and not a built-in profile; built-in: "
                        + String.join(", ", BUILT_IN) + " (or give the path to a .json file)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".json");
        } catch (IOException e) {
            throw new ProfileException(name, 0, "cannot read built-in profile: " + e.getMessage());
        }
    }

    public Profile parse(String json, String file) throws ProfileException {
        Map<String, Spec> top = new LinkedHashMap<>();
        List<Spec> components = new ArrayList<>();
        List<Spec> filters = new ArrayList<>();
        try (JsonParser p = mapper.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ProfileException(file, line(p), "a profile must be a JSON object { ... }");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                int fieldLine = line(p);
                p.nextToken();
                if (!TOP_FIELDS.contains(field)) {
                    throw new ProfileException(file, fieldLine, "unknown field \"" + field + "\"; allowed: "
                            + String.join(", ", new java.util.TreeSet<>(TOP_FIELDS)));
                }
                if (field.equals("components") || field.equals("filters")) {
                    if (p.currentToken() != JsonToken.START_ARRAY) {
                        throw new ProfileException(file, fieldLine, "\"" + field + "\" must be a list [ ... ]");
                    }
                    List<Spec> target = field.equals("components") ? components : filters;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int itemLine = line(p);
                        JsonNode node = mapper.readTree(p);
                        if (!node.isObject()) {
                            throw new ProfileException(file, itemLine, "each entry of \"" + field + "\" must be an object { ... }");
                        }
                        target.add(new Spec(node, file, itemLine));
                    }
                } else {
                    top.put(field, new Spec(mapper.readTree(p), file, fieldLine));
                }
            }
        } catch (JsonProcessingException e) {
            int l = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ProfileException(file, l, "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProfileException(file, 0, "cannot read: " + e.getMessage());
        }
        return build(top, components, filters, file);
    }

    private Profile build(Map<String, Spec> top, List<Spec> componentSpecs, List<Spec> filterSpecs, String file)
            throws ProfileException {
        String name = text(top.get("name"), file.replaceAll("\\.json$", ""));
        String description = text(top.get("description"), "");
        Aggregation aggregation = Aggregation.GEOMETRIC;
        if (top.containsKey("aggregation")) {
            String a = text(top.get("aggregation"), "geometric");
            try {
                aggregation = Aggregation.valueOf(a.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw top.get("aggregation").error("unknown aggregation \"" + a + "\"; use \"geometric\" or \"arithmetic\"");
            }
        }
        if (componentSpecs.isEmpty()) {
            throw new ProfileException(file, 0, "a profile needs at least one entry in \"components\"");
        }
        List<WeightedComponent> components = new ArrayList<>();
        for (Spec spec : componentSpecs) {
            ScoreComponent component = ComponentTypes.create(stripped(spec, COMPONENT_EXTRA));
            double weight = spec.number("weight", 1.0);
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw spec.error("\"weight\" must be a positive number, got " + weight);
            }
            Transform transform = spec.has("transform") ? Transforms.parse(spec.child("transform")) : new ClampedIdentity();
            components.add(new WeightedComponent(component, transform, weight));
        }
        List<HardFilter> filters = new ArrayList<>();
        for (Spec spec : filterSpecs) {
            ScoreComponent component = ComponentTypes.create(stripped(spec, FILTER_EXTRA));
            if (!spec.has("min") && !spec.has("max")) {
                throw spec.error("a filter needs \"min\" and/or \"max\" bounds on the component's raw value");
            }
            double min = spec.number("min", Double.NEGATIVE_INFINITY);
            double max = spec.number("max", Double.POSITIVE_INFINITY);
            if (min > max) {
                throw spec.error("filter \"min\" (" + min + ") is greater than \"max\" (" + max + ")");
            }
            filters.add(new HardFilter(spec.string("filter_name", component.name()), component, min, max));
        }
        return new Profile(name, description, file, aggregation, components, filters);
    }

    /** The spec without the profile-level fields, so component types see only their own. */
    private static Spec stripped(Spec spec, Set<String> profileFields) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = spec.node().deepCopy();
        copy.remove(profileFields);
        return new Spec(copy, spec.file(), spec.line());
    }

    private static String text(Spec spec, String fallback) throws ProfileException {
        if (spec == null) {
            return fallback;
        }
        if (!spec.node().isTextual()) {
            throw spec.error("must be a string, got " + spec.node());
        }
        return spec.node().asText();
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
