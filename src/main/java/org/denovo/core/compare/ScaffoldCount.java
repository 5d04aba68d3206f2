package org.denovo.core.compare;

import java.util.List;

/**
 * A Bemis–Murcko scaffold and how many molecules of each compared run have it.
 *
 * @param perRun molecules with this scaffold, per run in comparison order
 */
public record ScaffoldCount(String scaffold, List<Integer> perRun) {
    public ScaffoldCount {
        perRun = List.copyOf(perRun);
    }

    public int total() {
        return perRun.stream().mapToInt(Integer::intValue).sum();
    }

    /** In how many of the runs the scaffold occurs. */
    public int runs() {
        return (int) perRun.stream().filter(n -> n > 0).count();
    }
}
