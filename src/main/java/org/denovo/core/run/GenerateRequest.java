package org.denovo.core.run;

import java.nio.file.Path;
import org.denovo.core.generate.SamplingOptions;
import org.denovo.core.score.ProfileLoader;

/**
 * What a client asks of {@link GenerateMolecules}.
 *
 * @param model    model folder or shipped model id; blank for the default (see {@code GeneratorModels})
 * @param seed     random seed, or null for a random one (recorded with the run and in the summary)
 * @param profile  scoring profile name or path
 * @param threads  the run's share of the cores
 * @param runName  name of the run in the library, or null for a description of the run
 * @param client   what started the run, recorded as the run's "command" (e.g. "generate")
 * @param output   file to write, or null: ranked molecules (.smi, .csv, .sdf), or with {@code raw} every sampled string
 * @param raw      write every sampled string in sampling order instead of the ranked molecules
 * @param syntaxMask forbid tokens after which a string could not parse (see {@link SamplingOptions})
 */
public record GenerateRequest(String model, int count, Long seed, double temperature, int maxLength, int batchSize,
                              String prefix, String profile, int threads, String runName, String client, Path output,
                              boolean raw, boolean syntaxMask) {
    public GenerateRequest {
        prefix = prefix == null ? "" : prefix;
        profile = profile == null || profile.isBlank() ? ProfileLoader.DEFAULT : profile;
    }

    /** A request with the default sampling length, batch and prefix, writing no file. */
    public static GenerateRequest of(String model, int count, Long seed, double temperature, String profile, int threads,
                                     String client) {
        return new GenerateRequest(model, count, seed, temperature, SamplingOptions.DEFAULT_MAX_LENGTH,
                SamplingOptions.DEFAULT_BATCH, "", profile, threads, null, client, null, false, true);
    }

    SamplingOptions sampling(long actualSeed) {
        return new SamplingOptions(count, actualSeed, temperature, maxLength, batchSize, prefix, syntaxMask);
    }
}
