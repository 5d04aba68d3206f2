package org.denovo.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.denovo.core.library.RunKind;
import org.denovo.core.library.RunStatus;
import org.denovo.core.library.RunSummary;
import org.junit.jupiter.api.Test;

/** Which selections of runs can be compared, and in which order they are shown. */
class CompareSelectionTest {
    private static RunSummary run(long id) {
        return new RunSummary(id, RunKind.GENERATE, "run " + id, RunStatus.FINISHED, id, id, 10, "{}", "", "", null,
                null, "", null, null, null);
    }

    @Test
    void twoOrMoreRunsAreComparedOldestFirst() {
        assertTrue(LibraryViewModel.whyNotComparable(List.of(run(5), run(2))).isEmpty());
        // the list shows the newest first; a comparison reads left to right from the oldest
        assertEquals(List.of(run(2), run(5), run(7)), LibraryViewModel.inComparisonOrder(List.of(run(7), run(2), run(5))));
    }

    @Test
    void fewerThanTwoRunsAreExplained() {
        assertEquals("No run is selected.", LibraryViewModel.whyNotComparable(List.of()).orElseThrow());
        assertTrue(LibraryViewModel.whyNotComparable(List.of(run(3))).orElseThrow().contains("Only one run"));
        assertTrue(LibraryViewModel.HOW_TO_SELECT_RUNS.contains("Ctrl-click")
                && LibraryViewModel.HOW_TO_SELECT_RUNS.contains("Shift-click"));
    }
}
