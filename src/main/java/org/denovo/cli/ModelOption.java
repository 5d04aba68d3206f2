package org.denovo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.ModelLoadException;
import picocli.CommandLine.Option;

/**
 * {@code --model DIR|ID}; without it, the default model shipped in the jar, or in ./models when run from the
 * source tree. An ID names a shipped model (e.g. the float32 one) when no folder of that name exists.
 */
final class ModelOption {
    @Option(names = "--model", paramLabel = "DIR|ID",
            description = "Model folder with manifest.json, vocab.json and model.onnx, or the id of a shipped model: "
                    + GeneratorModel.BUNDLED_ID + " (default, int8) or " + GeneratorModel.BUNDLED_FLOAT_ID + " (float32).")
    Path dir;

    GeneratorModel load(int threads) throws ModelLoadException {
        if (dir != null) {
            if (!Files.exists(dir) && GeneratorModel.isBundled(dir.toString())) {
                return GeneratorModel.loadBundled(dir.toString(), threads);
            }
            return GeneratorModel.load(dir, threads);
        }
        return shipped(GeneratorModel.BUNDLED_ID, threads);
    }

    private static GeneratorModel shipped(String id, int threads) throws ModelLoadException {
        if (GeneratorModel.isBundled(id)) {
            return GeneratorModel.loadBundled(id, threads);
        }
        Path local = Path.of("models", id);
        if (Files.isDirectory(local)) {
            return GeneratorModel.load(local, threads);
        }
        throw new ModelLoadException("no model given and none shipped in this build (" + id + "); pass --model DIR");
    }
}
