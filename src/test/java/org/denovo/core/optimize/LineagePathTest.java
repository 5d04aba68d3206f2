package org.denovo.core.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineagePathTest {
    @Test
    void followsParentsBackToTheLead() {
        Map<String, String> parents = Map.of("C", "", "CC", "C", "CCO", "CC");
        assertEquals(List.of("C", "CC", "CCO"), LineagePath.toLead("CCO", parents::get));
    }

    @Test
    void anUnknownParentEndsThePathAndACycleDoesNotLoop() {
        assertEquals(List.of("X", "CC"), LineagePath.toLead("CC", Map.of("CC", "X")::get));
        Map<String, String> loop = Map.of("A", "B", "B", "A");
        assertEquals(List.of("B", "A"), LineagePath.toLead("A", loop::get));
    }
}
