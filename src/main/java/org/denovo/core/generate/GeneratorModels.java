package org.denovo.core.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one rule for finding a generator model, used by the command line and the window alike, and the models
 * loaded by it (each loaded once, closed with this object).
 *
 * <p>A reference is a model folder (manifest.json, vocab.json, model.onnx) or the id of a shipped model. Blank
 * means the default shipped model. A shipped model is read from the jar; when the build ships none (running
 * from the source tree), from {@code models/<id>} in the working directory. Earlier shipped models stay shipped, so
 * a run made with one can be repeated.
 */
public final class GeneratorModels implements AutoCloseable {
    private final int threads;
    private final Map<String, GeneratorModel> loaded = new LinkedHashMap<>();

    /** @param threads ONNX Runtime threads for each model loaded */
    public GeneratorModels(int threads) {
        this.threads = threads;
    }

    /** The model a reference names, loaded on first use (call off the UI thread: it reads and checks files). */
    public synchronized GeneratorModel get(String reference) throws ModelLoadException {
        String key = describe(reference);
        GeneratorModel model = loaded.get(key);
        if (model == null) {
            model = load(reference, threads);
            loaded.put(key, model);
        }
        return model;
    }

    /** How a run records the model it used: the folder as given, or the shipped model's id. */
    public static String describe(String reference) {
        return isDefault(reference) ? GeneratorModel.BUNDLED_ID : reference.strip();
    }

    /** Loads the model a reference names, by the rule above; the caller closes it. */
    public static GeneratorModel load(String reference, int threads) throws ModelLoadException {
        String id = describe(reference);
        if (!isDefault(reference) && Files.exists(Path.of(id))) {
            return GeneratorModel.load(Path.of(id), threads);
        }
        if (GeneratorModel.isBundled(id)) {
            return GeneratorModel.loadBundled(id, threads);
        }
        boolean plainId = !id.contains("/") && !id.contains("\\");
        Path local = Path.of("models", id);
        if (plainId && Files.isRegularFile(local.resolve("manifest.json"))) {
            return GeneratorModel.load(local, threads);
        }
        if (isDefault(reference)) {
            throw new ModelLoadException("no model given and none shipped in this build (" + id + "); pass --model DIR");
        }
        return GeneratorModel.load(Path.of(id), threads);
    }

    private static boolean isDefault(String reference) {
        return reference == null || reference.isBlank();
    }

    @Override
    public synchronized void close() {
        loaded.values().forEach(GeneratorModel::close);
        loaded.clear();
    }
}
