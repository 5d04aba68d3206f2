package org.denovo.ui.viewer3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.denovo.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;

class Viewer3DViewModelTest {
    static final Structure3D QUICK_BAD = new Structure3D("quick", 20, "openchemlib-so", 180, false, true);
    static final Structure3D GOOD = new Structure3D("good", 20, "openchemlib", 600, true, false);

    /** Records calls; answers build() with {@code quick} and refine() with {@code refined}. */
    static final class FakeBuilder implements Structure3DBuilder {
        final List<String> calls = new ArrayList<>();
        final Structure3D quick;
        final Structure3D refined;

        FakeBuilder(Structure3D quick, Structure3D refined) {
            this.quick = quick;
            this.refined = refined;
        }

        @Override
        public Structure3D build(String smiles) {
            calls.add("build " + smiles);
            return quick;
        }

        @Override
        public Structure3D refine(String smiles) {
            calls.add("refine " + smiles);
            return refined;
        }
    }

    @Test
    void aProvisionalAnswerIsShownThenReplacedByTheRefinedOne() {
        FakeBuilder builder = new FakeBuilder(QUICK_BAD, GOOD);
        Viewer3DViewModel model = new Viewer3DViewModel(new ImmediateTaskRunner(), builder);
        List<Structure3D> shown = new ArrayList<>();
        model.structureProperty().addListener((o, was, now) -> {
            if (now != null) {
                shown.add(now);
            }
        });
        model.show("CCO", "ethanol");
        assertEquals(List.of("build CCO", "refine CCO"), builder.calls);
        assertEquals(List.of(QUICK_BAD, GOOD), shown);
        assertEquals(GOOD, model.structureProperty().get());
        assertTrue(model.statusProperty().get().startsWith("20 atoms · openchemlib · 600 ms"), model.statusProperty().get());
    }

    @Test
    void aFinalAnswerIsNotRefined() {
        FakeBuilder builder = new FakeBuilder(GOOD, QUICK_BAD);
        Viewer3DViewModel model = new Viewer3DViewModel(new ImmediateTaskRunner(), builder);
        model.show("CCO", "ethanol");
        assertEquals(List.of("build CCO"), builder.calls);
        assertEquals(GOOD, model.structureProperty().get());
    }

    @Test
    void nothingIsBuiltWhileTheViewIsHidden() {
        FakeBuilder builder = new FakeBuilder(GOOD, GOOD);
        Viewer3DViewModel model = new Viewer3DViewModel(new ImmediateTaskRunner(), builder);
        model.activeProperty().set(false);
        model.show("CCO", "ethanol");
        assertTrue(builder.calls.isEmpty());
        assertNull(model.structureProperty().get());
        model.activeProperty().set(true);
        assertEquals(List.of("build CCO"), builder.calls);
    }
}
