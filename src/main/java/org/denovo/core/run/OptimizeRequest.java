package org.denovo.core.run;

import java.nio.file.Path;
import java.util.List;
import org.denovo.core.chem.MurckoScaffold;
import org.denovo.core.optimize.OptimizeSettings;

/**
 * What an optimisation run needs, from any client.
 *
 * @param leads      lead SMILES given directly (may be empty when {@code leadsFile} is set)
 * @param leadsFile  SMILES, SD or CSV file of leads, or null
 * @param model      model id or folder, or null for the shipped model
 * @param profile    built-in profile name or path: the objective
 * @param seed       null for a random seed, printed and stored
 * @param keepSmarts   substructure every reported molecule keeps, or empty
 * @param keepScaffold every reported molecule keeps its lead's Bemis–Murcko scaffold (instead of a SMARTS)
 * @param output     ranked SD, CSV or SMILES file of the reportable molecules, or null
 */
public record OptimizeRequest(List<String> leads, Path leadsFile, String model, String profile, double minSimilarity,
                              String keepSmarts, boolean keepScaffold, int budget, Long seed, int threads,
                              String runName, String client, Path output) {
    public OptimizeRequest {
        leads = leads == null ? List.of() : List.copyOf(leads);
        if (leads.isEmpty() && leadsFile == null) {
            throw new IllegalArgumentException("give a lead (--lead SMILES) or a file of leads (--leads FILE)");
        }
        if (keepScaffold && keepSmarts != null && !keepSmarts.isBlank()) {
            throw new IllegalArgumentException("give a substructure to keep (--keep) or keep the scaffold (--keep-scaffold), not both");
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256, got " + threads);
        }
        OptimizeSettings.of(minSimilarity, keepSmarts, budget, 0); // checks the ranges
    }

    /** Without a scaffold to keep. */
    public OptimizeRequest(List<String> leads, Path leadsFile, String model, String profile, double minSimilarity,
                           String keepSmarts, int budget, Long seed, int threads, String runName, String client,
                           Path output) {
        this(leads, leadsFile, model, profile, minSimilarity, keepSmarts, false, budget, seed, threads, runName, client,
                output);
    }

    /** The settings for one lead, given as the app writes it: with its scaffold as the kept substructure when asked. */
    OptimizeSettings settings(long leadSeed, String leadSmiles) {
        String keep = keepSmarts;
        if (keepScaffold) {
            keep = MurckoScaffold.query(leadSmiles);
            if (keep.isEmpty()) {
                throw new IllegalArgumentException("the lead " + leadSmiles + " has no ring, so no scaffold to keep");
            }
        }
        return OptimizeSettings.of(minSimilarity, keep, budget, leadSeed);
    }
}
