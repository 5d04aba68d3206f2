package org.denovo.core.run;

import java.nio.file.Path;
import java.util.List;
import org.denovo.core.optimize.OptimizeSettings;

/**
 * What an optimisation run needs, from any client.
 *
 * @param leads      lead SMILES given directly (may be empty when {@code leadsFile} is set)
 * @param leadsFile  SMILES, SD or CSV file of leads, or null
 * @param model      model id or folder, or null for the shipped model
 * @param profile    built-in profile name or path: the objective
 * @param seed       null for a random seed, printed and stored
 * @param output     ranked SD, CSV or SMILES file of the reportable molecules, or null
 */
public record OptimizeRequest(List<String> leads, Path leadsFile, String model, String profile, double minSimilarity,
                              String keepSmarts, int budget, Long seed, int threads, String runName, String client,
                              Path output) {
    public OptimizeRequest {
        leads = leads == null ? List.of() : List.copyOf(leads);
        if (leads.isEmpty() && leadsFile == null) {
            throw new IllegalArgumentException("give a lead (--lead SMILES) or a file of leads (--leads FILE)");
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256, got " + threads);
        }
        OptimizeSettings.of(minSimilarity, keepSmarts, budget, 0); // checks the ranges
    }

    OptimizeSettings settings(long leadSeed) {
        return OptimizeSettings.of(minSimilarity, keepSmarts, budget, leadSeed);
    }
}
