package org.denovo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.ModelLoadException;
import picocli.CommandLine.Option;

/** {@code --model DIR}; without it, the model shipped in the jar, or in ./models when run from the source tree. */
final class ModelOption {
    @Option(names = "--model", paramLabel = "DIR",
            description = "Model folder with manifest.json, vocab.json and model.onnx (default: the shipped model).")
    Path dir;

    GeneratorModel load(int threads) throws ModelLoadException {
        if (dir != null) {
            return GeneratorModel.load(dir, threads);
        }
        if (GeneratorModel.class.getResource("/models/" + GeneratorModel.BUNDLED_ID + "/manifest.json") != null) {
            return GeneratorModel.loadBundled(GeneratorModel.BUNDLED_ID, threads);
        }
        Path local = Path.of("models", GeneratorModel.BUNDLED_ID);
        if (Files.isDirectory(local)) {
            return GeneratorModel.load(local, threads);
        }
        throw new ModelLoadException("no model given and none shipped in this build (" + GeneratorModel.BUNDLED_ID
                + "); pass --model DIR");
    }
}
