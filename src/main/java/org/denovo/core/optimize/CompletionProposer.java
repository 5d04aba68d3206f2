package org.denovo.core.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.denovo.core.chem.RandomSmiles;
import org.denovo.core.chem.SubstructureQuery;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.Sample;
import org.denovo.core.generate.Sampler;
import org.denovo.core.generate.SamplingOptions;
import org.denovo.core.generate.SmilesTokenizer;
import org.denovo.core.work.WorkContext;

/**
 * Proposals by model completion: a parent is written as a randomised SMILES, cut after a random share of its
 * tokens, and the generator completes the prefix. Each prefix keeps part of the parent; with a kept
 * substructure the SMILES starts inside it, so short prefixes keep the core. Not thread-safe.
 */
final class CompletionProposer {
    /** Shortest and longest share of the parent's tokens kept as the prefix. */
    static final double MIN_KEPT = 0.6;
    static final double MAX_KEPT = 0.98;
    private final Sampler sampler;
    private final SmilesTokenizer tokenizer;
    private final OptimizeSettings settings;
    private final SubstructureQuery keep;

    CompletionProposer(GeneratorModel model, OptimizeSettings settings, SubstructureQuery keep) {
        this.sampler = new Sampler(model);
        this.tokenizer = new SmilesTokenizer(model.vocabulary());
        this.settings = settings;
        this.keep = keep;
    }

    /**
     * Completions of prefixes of each parent, sampled together; the same random stream gives the same proposals.
     * Each proposal also goes to {@code early} as soon as its string ends, so it can be checked while the others
     * are sampled; the returned list is in sampling order.
     */
    List<Proposal> propose(List<String> parents, int round, SplittableRandom random, Consumer<Proposal> early,
                           WorkContext context) throws Exception {
        List<String> prefixes = new ArrayList<>();
        List<String> prefixParents = new ArrayList<>();
        for (String parent : parents) {
            RandomSmiles writer;
            try {
                writer = new RandomSmiles(parent, keep);
            } catch (IllegalArgumentException unreadable) {
                continue;
            }
            for (int p = 0; p < settings.prefixesPerParent(); p++) {
                String prefix = prefix(writer, random);
                if (prefix != null) {
                    prefixes.add(prefix);
                    prefixParents.add(parent);
                }
            }
        }
        SamplingOptions options = new SamplingOptions(1, random.nextLong(), settings.temperature(),
                SamplingOptions.DEFAULT_MAX_LENGTH, SamplingOptions.DEFAULT_BATCH, "");
        int perPrefix = settings.samplesPerPrefix();
        List<Proposal> out = new ArrayList<>();
        for (Sample s : sampler.complete(prefixes, perPrefix, options, s -> early.accept(proposal(s, prefixParents, round)),
                context)) {
            if (s.finished()) {
                out.add(proposal(s, prefixParents, round));
            }
        }
        return out;
    }

    private Proposal proposal(Sample s, List<String> prefixParents, int round) {
        return new Proposal(s.smiles(), prefixParents.get((int) (s.index() / settings.samplesPerPrefix())), round, "completion");
    }

    /** A prefix of a randomised SMILES of the parent, or null when the model cannot read that SMILES. */
    private String prefix(RandomSmiles writer, SplittableRandom random) {
        List<String> tokens;
        try {
            String smiles = writer.next(random);
            tokenizer.encode(smiles);
            tokens = tokenizer.tokenize(smiles);
        } catch (IllegalArgumentException unknownToken) {
            return null;
        }
        double share = MIN_KEPT + random.nextDouble() * (MAX_KEPT - MIN_KEPT);
        int keepTokens = Math.max(1, Math.min(tokens.size() - 1, (int) Math.round(share * tokens.size())));
        if (keepTokens >= SamplingOptions.DEFAULT_MAX_LENGTH - 1) {
            return null;
        }
        return String.join("", tokens.subList(0, keepTokens));
    }
}
