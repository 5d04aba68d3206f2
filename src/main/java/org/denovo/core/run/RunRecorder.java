package org.denovo.core.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.denovo.core.library.Library;
import org.denovo.core.library.LibraryException;
import org.denovo.core.library.RunInfo;
import org.denovo.core.library.RunMember;
import org.denovo.core.library.StoredRun;
import org.denovo.core.score.Ranking;
import org.denovo.core.score.ScoredMolecule;

/**
 * How every use case keeps its run: molecules are stored in the library batch by batch as they come (when there
 * is a library), ranked once by {@link Ranking} when the run ends, and the run is then marked finished; or it is
 * marked failed or cancelled. Without a library the recorder still ranks, so a client gets the same order.
 *
 * <p>A run that proceeds in rounds (optimisation) appends {@link RunMember}s carrying their round and parent;
 * ranking still happens once, over the whole run.
 */
public final class RunRecorder {
    private final StoredRun stored;
    private final List<Long> ids = new ArrayList<>();
    private final List<Ranking.Key> keys = new ArrayList<>();
    private final List<Integer> givenRanks = new ArrayList<>();
    private boolean allRanksGiven = true;

    private RunRecorder(StoredRun stored) {
        this.stored = stored;
    }

    /** Starts the run in {@code library}, or keeps it in memory only when {@code library} is null. */
    public static RunRecorder start(Library library, RunInfo info) throws LibraryException {
        return new RunRecorder(library == null ? null : StoredRun.start(library, info));
    }

    /** The library id of the run, or 0 when it is not stored. */
    public long id() {
        return stored == null ? 0 : stored.id();
    }

    public boolean stored() {
        return stored != null;
    }

    /** Stores a batch; returns the molecules' library ids in order (empty when not stored). */
    public List<Long> append(List<ScoredMolecule> batch) throws LibraryException {
        return appendMembers(batch.stream().map(RunMember::of).toList());
    }

    /** As {@link #append}, for molecules that carry a round and a parent. */
    public List<Long> appendMembers(List<RunMember> batch) throws LibraryException {
        List<Long> added = stored == null ? List.of() : stored.appendMembers(batch);
        ids.addAll(added);
        for (RunMember m : batch) {
            keys.add(Ranking.Key.of(m.scored()));
            givenRanks.add(m.scored().rank());
            allRanksGiven &= m.scored().rank() > 0;
        }
        return added;
    }

    /**
     * Ends the run: ranks every molecule appended (by {@link Ranking}, unless all came with a rank, e.g. file
     * order on import), stores the ranks and marks the run finished. Returns the ranks in append order.
     *
     * @param sampled strings sampled by a generating run, or null
     * @param valid   of those, how many were valid, or null
     */
    public int[] finish(Long sampled, Long valid) throws LibraryException {
        int[] ranks = allRanksGiven ? givenRanks.stream().mapToInt(Integer::intValue).toArray() : Ranking.ranks(keys);
        if (stored != null) {
            if (!allRanksGiven) {
                stored.rank(ids, ranks);
            }
            if (sampled != null && valid != null) {
                stored.finish(sampled, valid);
            } else {
                stored.finish();
            }
        }
        return ranks;
    }

    /** The ranks {@link #finish} returned, by library id (empty when not stored). */
    public Map<Long, Integer> ranksById(int[] ranks) {
        Map<Long, Integer> byId = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), ranks[i]);
        }
        return byId;
    }

    /** Records that the run failed or was cancelled (what it stored stays, ranked by the library). */
    public void fail(Exception cause) {
        if (stored != null) {
            stored.fail(cause);
        }
    }
}
