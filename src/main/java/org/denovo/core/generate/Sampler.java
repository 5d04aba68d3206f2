package org.denovo.core.generate;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.denovo.core.work.WorkContext;

/**
 * Batched, step-by-step sampling from a {@link GeneratorModel}. Each step feeds one token per string and the
 * hidden state, and reads the logits into buffers fixed for the batch (ping-pong hidden state, pinned outputs),
 * so no tensors are allocated per token. Every string has its own random stream derived from the seed and its
 * index, so output depends only on the seed, not on threads or timing. Not thread-safe; one per thread.
 */
public final class Sampler {
    private final GeneratorModel model;
    /** Batches narrower than this are not worth compacting. */
    private static final int MIN_COMPACT_WIDTH = 16;
    private final Vocabulary vocab;
    private final SmilesTokenizer tokenizer;
    private final SmilesSyntaxMask syntaxMask;
    private final int layers;
    private final int hidden;
    private final int vocabSize;
    private StepBuffers buffers;

    public Sampler(GeneratorModel model) {
        this.model = model;
        this.vocab = model.vocabulary();
        this.tokenizer = new SmilesTokenizer(vocab);
        this.layers = model.card().layers();
        this.hidden = model.card().hidden();
        this.vocabSize = vocab.size();
        this.syntaxMask = new SmilesSyntaxMask(vocab);
    }

    /** Samples {@code options.count()} strings, handing them to {@code sink} batch by batch. */
    public void sample(SamplingOptions options, SampleSink sink, WorkContext context) throws Exception {
        int[] prefix = prefixTokens(options.prefix());
        if (prefix.length >= options.maxLength()) {
            throw new IllegalArgumentException("the prefix is as long as the maximum length (" + options.maxLength() + " tokens)");
        }
        long done = 0;
        try {
            while (done < options.count()) {
                context.checkCancelled();
                int n = (int) Math.min(options.batchSize(), options.count() - done);
                sink.accept(sampleBatch(done, n, prefix, options, context));
                done += n;
                context.report(done, options.count(), "sampled");
            }
        } finally {
            if (buffers != null) {
                buffers.close();
                buffers = null;
            }
        }
    }

    /** Convenience for tests and small runs: all samples in a list. */
    public List<Sample> sample(SamplingOptions options) throws Exception {
        List<Sample> all = new ArrayList<>(options.count());
        sample(options, all::addAll, WorkContext.synchronous());
        return all;
    }

    private int[] prefixTokens(String prefix) {
        int[] body = prefix.isEmpty() ? new int[0] : tokenizer.encode(prefix);
        int[] ids = new int[body.length + 1];
        ids[0] = vocab.bos();
        System.arraycopy(body, 0, ids, 1, body.length);
        return ids;
    }

    /**
     * Completes each prefix {@code perPrefix} times: string {@code i * perPrefix + j} completes prefix {@code i},
     * with its own random stream from the seed and its index, so the result does not depend on the batch size.
     * Prefixes of different lengths share batches. Uses the options' seed, temperature, maximum length and
     * batch size; not its count or prefix.
     */
    public List<Sample> complete(List<String> prefixes, int perPrefix, SamplingOptions options, WorkContext context)
            throws Exception {
        return complete(prefixes, perPrefix, options, s -> { }, context);
    }

    /**
     * As {@link #complete(List, int, SamplingOptions, WorkContext)}, also handing each string that ends with the
     * end token to {@code ended} at the step it ends, so a caller can work on it while the rest are sampled. The
     * order of those calls depends only on the inputs, like the strings themselves.
     */
    public List<Sample> complete(List<String> prefixes, int perPrefix, SamplingOptions options,
                                 Consumer<Sample> ended, WorkContext context) throws Exception {
        int[][] encoded = new int[prefixes.size()][];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = prefixTokens(prefixes.get(i));
            if (encoded[i].length >= options.maxLength()) {
                throw new IllegalArgumentException("the prefix is as long as the maximum length (" + options.maxLength() + " tokens)");
            }
        }
        long total = (long) encoded.length * perPrefix;
        List<Sample> all = new ArrayList<>((int) total);
        try {
            // every completion of a prefix starts from the same state: the network reads each prefix once
            float[][] states = readPrefixes(encoded, options.batchSize(), context);
            for (long done = 0; done < total; ) {
                context.checkCancelled();
                int n = (int) Math.min(options.batchSize(), total - done);
                int[][] rows = new int[n][];
                float[][] rowStates = new float[n][];
                for (int r = 0; r < n; r++) {
                    int prefix = (int) ((done + r) / perPrefix);
                    rows[r] = encoded[prefix];
                    rowStates[r] = states[prefix];
                }
                all.addAll(sampleBatch(done, n, rows, rowStates, options, ended, context));
                done += n;
            }
        } finally {
            if (buffers != null) {
                buffers.close();
                buffers = null;
            }
        }
        return all;
    }

    private List<Sample> sampleBatch(long firstIndex, int n, int[] prefix, SamplingOptions options, WorkContext context)
            throws OrtException {
        int[][] rows = new int[n][];
        java.util.Arrays.fill(rows, prefix);
        return sampleBatch(firstIndex, n, rows, null, options, null, context);
    }

    /**
     * The hidden state after reading each prefix up to, not including, its last token (the begin token first), as
     * {@code layers * hidden} floats; prefixes are read side by side, {@code batchSize} at a time.
     */
    private float[][] readPrefixes(int[][] prefixes, int batchSize, WorkContext context) throws OrtException {
        float[][] states = new float[prefixes.length][];
        for (int from = 0; from < prefixes.length; from += batchSize) {
            int n = Math.min(batchSize, prefixes.length - from);
            boolean[] read = new boolean[n];
            int active = n;
            for (int r = 0; r < n; r++) {
                if (prefixes[from + r].length < 2) { // the begin token alone: the start state
                    states[from + r] = new float[layers * hidden];
                    read[r] = true;
                    active--;
                }
            }
            StepBuffers b = new StepBuffers(n);
            int width = n;
            int[] rowAt = new int[n];
            for (int p = 0; p < n; p++) {
                rowAt[p] = p;
            }
            try {
                for (int t = 0; active > 0; t++) {
                    if (context.cancellation().isCancelled()) {
                        context.checkCancelled();
                    }
                    if (active <= width / 2 && width >= MIN_COMPACT_WIDTH) {
                        b = compact(b, rowAt, width, active, read);
                        width = active;
                    }
                    for (int p = 0; p < width; p++) {
                        int r = rowAt[p];
                        b.tokens.put(p, read[r] ? vocab.eos() : prefixes[from + r][t]);
                    }
                    b.step();
                    for (int p = 0; p < width; p++) {
                        int r = rowAt[p];
                        if (!read[r] && t == prefixes[from + r].length - 2) {
                            float[] state = new float[layers * hidden];
                            for (int l = 0; l < layers; l++) {
                                b.hiddenInBuffer.get((l * width + p) * hidden, state, l * hidden, hidden);
                            }
                            states[from + r] = state;
                            read[r] = true;
                            active--;
                        }
                    }
                }
            } finally {
                b.close();
            }
        }
        return states;
    }

    /**
     * Samples {@code n} strings; row r first reads its prefix (begin token first), then samples. Strings that end
     * with the end token go to {@code ended} (when not null) as they end.
     */
    private List<Sample> sampleBatch(long firstIndex, int n, int[][] prefixes, float[][] states, SamplingOptions options,
                                     Consumer<Sample> ended, WorkContext context) throws OrtException {
        if (buffers == null || buffers.batch != n) {
            if (buffers != null) {
                buffers.close();
            }
            buffers = new StepBuffers(n);
        }
        StepBuffers b = buffers;
        SplittableRandom[] random = new SplittableRandom[n];
        int[][] tokens = new int[n][options.maxLength()];
        int[] length = new int[n];
        boolean[] finished = new boolean[n];
        String[] text = new String[n]; // strings already decoded for the ended callback
        int shortest = Integer.MAX_VALUE;
        for (int r = 0; r < n; r++) {
            random[r] = new SplittableRandom(mix(options.seed(), firstIndex + r));
            shortest = Math.min(shortest, prefixes[r].length);
        }
        SmilesSyntaxMask mask = options.syntaxMask() ? syntaxMask.reset(n) : null;
        if (mask != null) {
            for (int r = 0; r < n; r++) { // strings draw only after their whole prefix is read
                for (int t = 1; t < prefixes[r].length; t++) {
                    mask.accept(r, prefixes[r][t]);
                }
            }
        }
        int[] forced = new int[n];
        if (states != null) {
            // each row starts from its prefix's state and reads the prefix's last token
            for (int r = 0; r < n; r++) {
                int last = prefixes[r].length - 1;
                System.arraycopy(prefixes[r], 1, tokens[r], 0, last);
                length[r] = last;
                forced[r] = prefixes[r].length;
                for (int l = 0; l < layers; l++) {
                    b.hiddenInBuffer.put((l * n + r) * hidden, states[r], l * hidden, hidden);
                }
                b.tokens.put(r, prefixes[r][last]);
            }
            b.step();
        } else {
            // the part all rows read before any samples: fed in one go; longer prefixes are read token by token below
            for (int r = 0; r < n; r++) {
                System.arraycopy(prefixes[r], 1, tokens[r], 0, shortest - 1);
                length[r] = shortest - 1;
                forced[r] = shortest;
            }
            b.resetHidden();
            feedPrefix(b, prefixes, shortest, n);
        }
        double inverseTemperature = 1.0 / options.temperature();
        int active = n;
        int limit = options.maxLength() - 1; // the begin token counts toward the maximum length
        int width = n;
        int[] rowAt = new int[n];
        for (int p = 0; p < n; p++) {
            rowAt[p] = p;
        }
        while (active > 0) {
            for (int p = 0; p < width; p++) {
                int r = rowAt[p];
                if (finished[r]) {
                    b.tokens.put(p, vocab.eos());
                    continue;
                }
                if (forced[r] < prefixes[r].length) {
                    int next = prefixes[r][forced[r]++];
                    tokens[r][length[r]++] = next;
                    b.tokens.put(p, next);
                    continue;
                }
                int next = drawToken(b.logits, p * vocabSize, inverseTemperature, random[r]);
                if (mask != null) {
                    if (!mask.allows(r, next)) {
                        next = redrawAllowed(next, mask, r, random[r]);
                    }
                    mask.accept(r, next);
                }
                if (next == vocab.eos()) {
                    finished[r] = true;
                    active--;
                    if (ended != null) {
                        text[r] = tokenizer.decode(tokens[r], length[r]);
                        ended.accept(new Sample(firstIndex + r, text[r], true));
                    }
                } else if (length[r] >= limit) {
                    active--;
                    length[r] = -length[r] - 1; // marks "hit the maximum length"
                    finished[r] = true;
                } else {
                    tokens[r][length[r]++] = next;
                }
                b.tokens.put(p, next);
            }
            if (active == 0) {
                break;
            }
            if (context.cancellation().isCancelled()) {
                context.checkCancelled();
            }
            if (active <= width / 2 && width >= MIN_COMPACT_WIDTH) {
                b = compact(b, rowAt, width, active, finished);
                width = active;
            }
            b.step();
        }
        if (b != buffers) {
            b.close();
        }
        List<Sample> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            boolean complete = length[r] >= 0;
            int len = complete ? length[r] : -length[r] - 1;
            out.add(new Sample(firstIndex + r, text[r] != null ? text[r] : tokenizer.decode(tokens[r], len), complete));
        }
        return out;
    }

    /**
     * Moves the unfinished strings to the front of a smaller batch, carrying their hidden state and next token,
     * so finished strings stop costing a network step. {@code rowAt} is rewritten to the new positions.
     */
    private StepBuffers compact(StepBuffers from, int[] rowAt, int width, int active, boolean[] finished) throws OrtException {
        StepBuffers to = new StepBuffers(active);
        int q = 0;
        for (int p = 0; p < width; p++) {
            int r = rowAt[p];
            if (finished[r]) {
                continue;
            }
            to.tokens.put(q, from.tokens.get(p));
            for (int l = 0; l < layers; l++) {
                int src = (l * width + p) * hidden;
                int dst = (l * active + q) * hidden;
                for (int h = 0; h < hidden; h++) {
                    to.hiddenInBuffer.put(dst + h, from.hiddenInBuffer.get(src + h));
                }
            }
            rowAt[q++] = r;
        }
        if (from != buffers) {
            from.close();
        }
        return to;
    }

    /**
     * Runs the first {@code length} tokens of every row's prefix (the begin token first) through the network one
     * token at a time (a step model may take only one);
     * leaves the next-token logits in {@code b.logits}.
     */
    private void feedPrefix(StepBuffers b, int[][] prefixes, int length, int n) throws OrtException {
        for (int t = 0; t < length; t++) {
            for (int r = 0; r < n; r++) {
                b.tokens.put(r, prefixes[r][t]);
            }
            b.step();
        }
    }

    /** Inverse-CDF draw from softmax(logits / T), never choosing padding, begin or unknown tokens. */
    private int drawToken(FloatBuffer logits, int offset, double inverseTemperature, SplittableRandom random) {
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < vocabSize; v++) {
            if (v != vocab.eos() && vocab.isSpecial(v)) {
                continue;
            }
            max = Math.max(max, logits.get(offset + v));
        }
        double[] weights = buffers.weights;
        double sum = 0;
        for (int v = 0; v < vocabSize; v++) {
            double w = (v != vocab.eos() && vocab.isSpecial(v)) ? 0.0 : Math.exp((logits.get(offset + v) - max) * inverseTemperature);
            weights[v] = w;
            sum += w;
        }
        return pick(weights, random.nextDouble() * sum, vocab.eos());
    }

    /** The token whose cumulative weight first exceeds {@code u}; else the last weighted one, or {@code none}. */
    private int pick(double[] weights, double u, int none) {
        double acc = 0;
        int lastAllowed = none;
        for (int v = 0; v < vocabSize; v++) {
            if (weights[v] == 0) {
                continue;
            }
            acc += weights[v];
            lastAllowed = v;
            if (u < acc) {
                return v;
            }
        }
        return lastAllowed;
    }

    /**
     * Draws again from the weights of the last {@link #drawToken} call without the tokens {@code mask} forbids for
     * string {@code row}; keeps {@code drawn} if nothing else has any weight.
     */
    private int redrawAllowed(int drawn, SmilesSyntaxMask mask, int row, SplittableRandom random) {
        double[] weights = buffers.weights;
        double sum = 0;
        for (int v = 0; v < vocabSize; v++) {
            if (weights[v] != 0 && !mask.allows(row, v)) {
                weights[v] = 0;
            }
            sum += weights[v];
        }
        return sum == 0 ? drawn : pick(weights, random.nextDouble() * sum, drawn);
    }

    /** A 64-bit mix of seed and index (SplitMix64 finaliser), so neighbouring indices get unrelated streams. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Direct buffers and the tensors that wrap them, sized for one batch. */
    private final class StepBuffers implements AutoCloseable {
        final int batch;
        final LongBuffer tokens;
        final FloatBuffer logits;
        final double[] weights = new double[vocabSize];
        FloatBuffer hiddenInBuffer;
        FloatBuffer hiddenOutBuffer;
        final OnnxTensor tokensTensor;
        final OnnxTensor logitsTensor;
        OnnxTensor hiddenIn;
        OnnxTensor hiddenOut;

        StepBuffers(int batch) throws OrtException {
            this.batch = batch;
            tokens = ByteBuffer.allocateDirect(batch * 8).order(ByteOrder.nativeOrder()).asLongBuffer();
            logits = ByteBuffer.allocateDirect(batch * vocabSize * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
            hiddenInBuffer = newHidden();
            hiddenOutBuffer = newHidden();
            var env = model.environment();
            tokensTensor = OnnxTensor.createTensor(env, tokens, new long[] {batch, 1});
            logitsTensor = OnnxTensor.createTensor(env, logits, new long[] {batch, 1, vocabSize});
            hiddenIn = OnnxTensor.createTensor(env, hiddenInBuffer, new long[] {layers, batch, hidden});
            hiddenOut = OnnxTensor.createTensor(env, hiddenOutBuffer, new long[] {layers, batch, hidden});
        }

        private FloatBuffer newHidden() {
            return ByteBuffer.allocateDirect(layers * batch * hidden * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }

        void resetHidden() {
            for (int i = 0; i < hiddenInBuffer.capacity(); i++) {
                hiddenInBuffer.put(i, 0f);
            }
        }

        /** One token for every string: logits and the new hidden state land in the pinned buffers. */
        void step() throws OrtException {
            try (OrtSession.Result ignored = model.session().run(
                    Map.of("tokens", tokensTensor, "hidden", hiddenIn),
                    Map.of("logits", logitsTensor, "hidden_out", hiddenOut))) {
                // outputs were written in place
            }
            OnnxTensor t = hiddenIn;
            hiddenIn = hiddenOut;
            hiddenOut = t;
            FloatBuffer f = hiddenInBuffer;
            hiddenInBuffer = hiddenOutBuffer;
            hiddenOutBuffer = f;
        }

        @Override
        public void close() {
            tokensTensor.close();
            logitsTensor.close();
            hiddenIn.close();
            hiddenOut.close();
        }
    }
}
