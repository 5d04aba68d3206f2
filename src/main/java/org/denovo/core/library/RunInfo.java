package org.denovo.core.library;

/**
 * What a new run records before its first molecule.
 *
 * @param configJson the full configuration as a JSON object, so the run can be repeated
 * @param modelId    generator model id, or null
 * @param modelHash  SHA-256 of the model weights, or null
 * @param seed       random seed, or null
 * @param parentRun  run this one continues or derives from, or null
 */
public record RunInfo(RunKind kind, String name, String configJson, String modelId, String modelHash, Long seed,
                      Long parentRun, String notes) {
    public RunInfo {
        name = name == null ? "" : name;
        configJson = configJson == null || configJson.isBlank() ? "{}" : configJson;
        notes = notes == null ? "" : notes;
    }

    public static RunInfo of(RunKind kind, String name, String configJson) {
        return new RunInfo(kind, name, configJson, null, null, null, null, "");
    }
}
