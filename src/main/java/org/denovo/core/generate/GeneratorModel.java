package org.denovo.core.generate;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A loaded generator: its model card, vocabulary and one ONNX Runtime session. The weights' SHA-256 is checked
 * against the manifest before the session is created, and the graph's shapes against the vocabulary, so a wrong
 * or corrupt file fails here with a message naming it. Sessions are safe for concurrent {@code run} calls.
 */
public final class GeneratorModel implements AutoCloseable {
    /** The default model: int8, chosen by measurement (docs/decisions/0011-int8-generator.md). */
    public static final String BUNDLED_ID = "chembl-gru-v3-int8";
    /** The float32 model the default one was quantised from. */
    public static final String BUNDLED_FLOAT_ID = "chembl-gru-v3";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModelCard card;
    private final Vocabulary vocabulary;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String location;
    private final NoveltyIndex novelty;

    private GeneratorModel(ModelCard card, Vocabulary vocabulary, OrtEnvironment env, OrtSession session,
                           String location, NoveltyIndex novelty) {
        this.card = card;
        this.vocabulary = vocabulary;
        this.env = env;
        this.session = session;
        this.location = location;
        this.novelty = novelty;
    }

    /** Loads the model in {@code dir}: manifest.json, vocab.json, model.onnx and optionally train_keys.bin. */
    public static GeneratorModel load(Path dir, int threads) throws ModelLoadException {
        if (!Files.isDirectory(dir)) {
            throw new ModelLoadException("model folder not found: " + dir);
        }
        return load(name -> {
            Path p = dir.resolve(name);
            try {
                return Files.readAllBytes(p);
            } catch (NoSuchFileException e) {
                return null;
            }
        }, dir.toString(), threads);
    }

    /** True when a model with this id ships inside the application. */
    public static boolean isBundled(String id) {
        return !id.isBlank() && !id.contains("/") && !id.contains("\\")
                && GeneratorModel.class.getResource("/models/" + id + "/manifest.json") != null;
    }

    /** Loads the model shipped inside the application, from {@code /models/<id>/} on the class path. */
    public static GeneratorModel loadBundled(String id, int threads) throws ModelLoadException {
        return load(name -> {
            try (InputStream in = GeneratorModel.class.getResourceAsStream("/models/" + id + "/" + name)) {
                return in == null ? null : in.readAllBytes();
            }
        }, "bundled model " + id, threads);
    }

    private interface FileSource {
        byte[] read(String name) throws IOException;
    }

    private static GeneratorModel load(FileSource files, String where, int threads) throws ModelLoadException {
        JsonNode manifest = readJson(files, "manifest.json", where);
        JsonNode vocabJson = readJson(files, "vocab.json", where);
        byte[] onnx = read(files, "model.onnx", where);
        String expected = manifest.path("sha256").asText("");
        String actual = sha256(onnx);
        if (!actual.equalsIgnoreCase(expected)) {
            throw new ModelLoadException(where + "/model.onnx does not match its manifest: SHA-256 is " + actual
                    + ", manifest.json says " + (expected.isEmpty() ? "nothing" : expected)
                    + ". The file is corrupt or belongs to another model.");
        }
        ModelCard card = ModelCard.fromManifest(manifest);
        Vocabulary vocabulary;
        try {
            vocabulary = Vocabulary.fromJson(vocabJson);
        } catch (RuntimeException e) {
            throw new ModelLoadException(where + "/vocab.json is not a valid vocabulary: " + e.getMessage(), e);
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(onnx, options);
        } catch (OrtException e) {
            throw new ModelLoadException(where + "/model.onnx cannot be loaded by ONNX Runtime: " + e.getMessage(), e);
        }
        try {
            checkShapes(session, card, vocabulary, where);
        } catch (ModelLoadException e) {
            closeQuietly(session);
            throw e;
        }
        NoveltyIndex novelty = NoveltyIndex.EMPTY;
        try {
            byte[] keys = files.read(NoveltyIndex.FILE_NAME);
            if (keys != null) {
                novelty = NoveltyIndex.fromBytes(keys);
            }
        } catch (IOException | IllegalArgumentException e) {
            closeQuietly(session);
            throw new ModelLoadException(where + "/" + NoveltyIndex.FILE_NAME + " cannot be read: " + e.getMessage(), e);
        }
        return new GeneratorModel(card, vocabulary, env, session, where, novelty);
    }

    private static void checkShapes(OrtSession session, ModelCard card, Vocabulary vocabulary, String where)
            throws ModelLoadException {
        try {
            Map<String, NodeInfo> inputs = session.getInputInfo();
            Map<String, NodeInfo> outputs = session.getOutputInfo();
            for (String name : new String[] {"tokens", "hidden"}) {
                if (!inputs.containsKey(name)) {
                    throw new ModelLoadException(where + "/model.onnx has no input '" + name + "' (has " + inputs.keySet() + ")");
                }
            }
            for (String name : new String[] {"logits", "hidden_out"}) {
                if (!outputs.containsKey(name)) {
                    throw new ModelLoadException(where + "/model.onnx has no output '" + name + "' (has " + outputs.keySet() + ")");
                }
            }
            long[] logits = ((TensorInfo) outputs.get("logits").getInfo()).getShape();
            if (logits[logits.length - 1] != vocabulary.size()) {
                throw new ModelLoadException(where + ": model.onnx predicts " + logits[logits.length - 1]
                        + " tokens but vocab.json has " + vocabulary.size());
            }
            long[] hidden = ((TensorInfo) inputs.get("hidden").getInfo()).getShape();
            if (hidden[0] != card.layers() || hidden[2] != card.hidden()) {
                throw new ModelLoadException(where + ": model.onnx hidden state is " + hidden[0] + "x" + hidden[2]
                        + " but manifest.json says " + card.layers() + "x" + card.hidden());
            }
        } catch (OrtException e) {
            throw new ModelLoadException(where + "/model.onnx: cannot inspect graph: " + e.getMessage(), e);
        }
    }

    private static JsonNode readJson(FileSource files, String name, String where) throws ModelLoadException {
        byte[] bytes = read(files, name, where);
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ModelLoadException(where + "/" + name + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static byte[] read(FileSource files, String name, String where) throws ModelLoadException {
        try {
            byte[] b = files.read(name);
            if (b == null) {
                throw new ModelLoadException(where + " has no " + name);
            }
            return b;
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + where + "/" + name + ": " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(OrtSession s) {
        try {
            s.close();
        } catch (OrtException ignored) {
            // nothing more to do
        }
    }

    public ModelCard card() {
        return card;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public String location() {
        return location;
    }

    public NoveltyIndex novelty() {
        return novelty;
    }

    OrtEnvironment environment() {
        return env;
    }

    OrtSession session() {
        return session;
    }

    @Override
    public void close() {
        closeQuietly(session);
    }
}
