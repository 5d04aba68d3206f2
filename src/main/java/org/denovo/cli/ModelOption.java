package org.denovo.cli;

import java.nio.file.Path;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.GeneratorModels;
import org.denovo.core.generate.ModelLoadException;
import picocli.CommandLine.Option;

/** {@code --model DIR|ID}; resolved by the app's one rule ({@link GeneratorModels}): without it, the default shipped model. */
final class ModelOption {
    @Option(names = "--model", paramLabel = "DIR|ID",
            description = "Model folder with manifest.json, vocab.json and model.onnx, or the id of a shipped model: "
                    + GeneratorModel.BUNDLED_ID + " (default, int8) or " + GeneratorModel.BUNDLED_FLOAT_ID + " (float32); "
                    + "the earlier chembl-gru-v1-int8 and chembl-gru-v1 ship too, so runs made with them can be repeated.")
    Path dir;

    /** The reference as given, or null for the default model. */
    String reference() {
        return dir == null ? null : dir.toString();
    }

    GeneratorModel load(int threads) throws ModelLoadException {
        return GeneratorModels.load(reference(), threads);
    }
}
