package org.denovo.core.generate;

import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of a model folder for load-failure tests. */
final class ModelCopies {
    private ModelCopies() {
    }

    /** Copies manifest, vocabulary and network of {@code model} into {@code copy}, with one byte of model.onnx flipped. */
    static Path withCorruptOnnx(Path model, Path copy) throws Exception {
        Files.createDirectories(copy);
        for (String f : new String[] {"manifest.json", "vocab.json", "model.onnx"}) {
            Files.copy(model.resolve(f), copy.resolve(f));
        }
        byte[] onnx = Files.readAllBytes(copy.resolve("model.onnx"));
        onnx[onnx.length / 2] ^= 0x5A;
        Files.write(copy.resolve("model.onnx"), onnx);
        return copy;
    }
}
