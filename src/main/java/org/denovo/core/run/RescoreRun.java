package org.denovo.core.run;

import java.util.ArrayList;
import java.util.List;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryMolecule;
import org.denovo.core.library.MoleculeQuery;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunSummary;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ScoredMolecule;
import org.denovo.core.work.Work;
import org.denovo.core.work.WorkContext;

/**
 * Scores the molecules of a stored run with another profile and stores the result as a new score run whose
 * parent is the original, ranked once when done; the original run is left as it was. Molecules of an optimisation
 * that missed its constraints stay filtered, with the reason. Returns the new run's id.
 */
public final class RescoreRun implements Work<Long> {
    private static final int PAGE = 1000;
    private final Library library;
    private final long runId;
    private final Profile profile;
    private final String profileSource;

    /** @param profileSource the profile's JSON text, recorded with the run so it can be repeated */
    public RescoreRun(Library library, long runId, Profile profile, String profileSource) {
        this.library = library;
        this.runId = runId;
        this.profile = profile;
        this.profileSource = profileSource;
    }

    @Override
    public Long run(WorkContext context) throws Exception {
        RunSummary original = library.run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        long total = original.molecules();
        String config = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of(
                "command", "rescore", "run", runId, "profile", profile.name(), "profile_json", profileSource));
        RunRecorder run = RunRecorder.start(library, new RunInfo(RunKind.SCORE,
                original.name() + " · rescored with " + profile.name(), config, original.modelId(), original.modelHash(),
                original.seed(), runId, ""));
        try {
            long offset = 0;
            long done = 0;
            while (true) {
                List<LibraryMolecule> page = library.molecules(MoleculeQuery.ofRun(runId).page(PAGE, offset));
                if (page.isEmpty()) {
                    break;
                }
                List<ScoredMolecule> batch = new ArrayList<>(page.size());
                for (LibraryMolecule m : page) {
                    context.checkCancelled();
                    var molecule = m.scored().molecule();
                    var rescored = profile.score(molecule);
                    // an optimisation's constraint is not the profile's: a molecule that missed it still does
                    var score = ConstraintMiss.of(m.scored().score()).map(miss -> ConstraintMiss.applied(rescored, miss))
                            .orElse(rescored);
                    batch.add(new ScoredMolecule(molecule, score, 0));
                }
                run.append(batch);
                offset += page.size();
                done += page.size();
                context.report(done, total, "re-scored");
            }
            run.finish(null, null);
            return run.id();
        } catch (Exception e) {
            run.fail(e);
            throw e;
        }
    }
}
