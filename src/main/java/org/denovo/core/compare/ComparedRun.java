package org.denovo.core.compare;

import java.util.List;
import org.denovo.core.library.RunSummary;

/**
 * A run as read for comparison: its summary, the profile it was scored with, and its molecules in rank order.
 */
public record ComparedRun(RunSummary summary, String profile, List<ComparedMolecule> molecules) {
    public ComparedRun {
        profile = profile == null ? "" : profile;
        molecules = List.copyOf(molecules);
    }

    /** What the run made: its molecules without the leads it started from. */
    public List<ComparedMolecule> products() {
        return molecules.stream().filter(m -> !m.lead()).toList();
    }

    public List<ComparedMolecule> leads() {
        return molecules.stream().filter(ComparedMolecule::lead).toList();
    }
}
