package org.denovo.core.score;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The component types available on the class path. */
public final class ComponentTypes {
    private static final Map<String, ComponentType> TYPES = load();

    private ComponentTypes() {
    }

    private static Map<String, ComponentType> load() {
        Map<String, ComponentType> types = new TreeMap<>();
        for (ComponentType t : ServiceLoader.load(ComponentType.class, ComponentTypes.class.getClassLoader())) {
            types.put(t.type(), t);
        }
        return Map.copyOf(types);
    }

    public static Map<String, ComponentType> all() {
        return new TreeMap<>(TYPES);
    }

    public static ScoreComponent create(Spec spec) throws ProfileException {
        String type = spec.string("type");
        ComponentType t = TYPES.get(type);
        if (t == null) {
            throw spec.error("unknown component type \"" + type + "\"; known types: "
                    + String.join(", ", new TreeMap<>(TYPES).keySet()));
        }
        return t.create(spec);
    }
}
