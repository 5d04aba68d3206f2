package org.denovo.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.denovo.core.generate.GeneratorModel;
import org.denovo.core.generate.Sample;
import org.denovo.core.generate.SamplingOptions;
import org.denovo.core.score.Profile;
import org.denovo.core.score.ProfileLoader;
import org.denovo.core.work.Cancellation;
import org.denovo.core.work.CancelledException;
import org.denovo.core.work.ProgressListener;
import org.denovo.core.work.WorkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generate run overlaps sampling and analysis; these check that order, failures and cancel survive that. */
class GenerateRunTest {
    static final Path TINY = Path.of("src/test/resources/models/tiny");
    static Profile profile;

    @BeforeAll
    static void loadProfile() throws Exception {
        profile = new ProfileLoader().load(ProfileLoader.DEFAULT);
    }

    @Test
    void sameMoleculesInSamplingOrderWhateverTheThreads() throws Exception {
        Recorder one = run(1, new SamplingOptions(400, 5, 1.0, 100, 50, ""));
        Recorder four = run(4, new SamplingOptions(400, 5, 1.0, 100, 50, ""));
        assertEquals(400, one.samples.size());
        for (int i = 0; i < one.samples.size(); i++) {
            assertEquals(i, one.samples.get(i).index(), "samples reach the listener in sampling order");
        }
        assertFalse(one.molecules.isEmpty());
        assertEquals(one.smiles(), four.smiles());
        long[] indices = one.molecules.stream().mapToLong(GeneratedMolecule::sampleIndex).toArray();
        for (int i = 1; i < indices.length; i++) {
            assertTrue(indices[i] > indices[i - 1], "molecules in sampling order");
        }
    }

    @Test
    void anInt8ModelGivesTheSameMoleculesWhateverTheThreadsOrBatchSize() throws Exception {
        Path int8 = Path.of("src/test/resources/models/tiny-int8");
        Recorder one = run(int8, 1, new SamplingOptions(300, 5, 1.0, 100, 50, ""));
        Recorder two = run(int8, 2, new SamplingOptions(300, 5, 1.0, 100, 64, ""));
        assertFalse(one.molecules.isEmpty());
        assertEquals(one.smiles(), two.smiles());
    }

    @Test
    void summaryCountsWhatTheListenerSaw() throws Exception {
        Recorder r = new Recorder();
        GeneratorModel model = GeneratorModel.load(TINY, 1);
        try (model) {
            GenerateSummary s = new GenerateRun(model, new SamplingOptions(300, 9, 1.0, 100, 64, ""), profile, 2, r)
                    .run(WorkContext.synchronous());
            assertEquals(300, s.sampled());
            assertEquals(r.molecules.size(), s.unique());
            assertTrue(s.valid() >= s.unique());
        }
    }

    @Test
    void aSamplerFailureReachesTheCaller() throws Exception {
        try (GeneratorModel model = GeneratorModel.load(TINY, 1)) {
            String longPrefix = "C".repeat(40);
            GenerateRun run = new GenerateRun(model, new SamplingOptions(10, 1, 1.0, 20, 10, longPrefix), profile, 2,
                    new Recorder());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run.run(WorkContext.synchronous()));
            assertTrue(e.getMessage().contains("prefix"), e.getMessage());
        }
        assertNoSamplerThread();
    }

    @Test
    void aListenerFailureStopsTheSampler() throws Exception {
        try (GeneratorModel model = GeneratorModel.load(TINY, 1)) {
            GenerateListener failing = new GenerateListener() {
                @Override
                public void molecules(List<GeneratedMolecule> batch) {
                    throw new IllegalStateException("disk full");
                }
            };
            GenerateRun run = new GenerateRun(model, new SamplingOptions(100_000, 1, 1.0, 100, 50, ""), profile, 2, failing);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> run.run(WorkContext.synchronous()));
            assertEquals("disk full", e.getMessage());
        }
        assertNoSamplerThread();
    }

    @Test
    void cancelStopsPromptlyAndKeepsWhatIsDone() throws Exception {
        Cancellation cancellation = new Cancellation();
        Recorder r = new Recorder() {
            @Override
            public void molecules(List<GeneratedMolecule> batch) {
                super.molecules(batch);
                cancellation.cancel();
            }
        };
        try (GeneratorModel model = GeneratorModel.load(TINY, 1)) {
            GenerateRun run = new GenerateRun(model, new SamplingOptions(100_000, 1, 1.0, 100, 50, ""), profile, 2, r);
            assertThrows(CancelledException.class, () -> run.run(new WorkContext(cancellation, ProgressListener.NONE)));
        }
        assertEquals(50, r.samples.size(), "the batch analysed before the cancel is kept, nothing after it");
        assertNoSamplerThread();
    }

    private static Recorder run(int threads, SamplingOptions options) throws Exception {
        return run(TINY, threads, options);
    }

    private static Recorder run(Path modelDir, int threads, SamplingOptions options) throws Exception {
        Recorder r = new Recorder();
        try (GeneratorModel model = GeneratorModel.load(modelDir, GenerateRun.samplerThreads(threads))) {
            new GenerateRun(model, options, profile, threads, r).run(WorkContext.synchronous());
        }
        return r;
    }

    private static void assertNoSamplerThread() {
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("sampler") && t.isAlive()), "the sampler thread has ended");
    }

    static class Recorder implements GenerateListener {
        final List<Sample> samples = new ArrayList<>();
        final List<GeneratedMolecule> molecules = new ArrayList<>();

        @Override
        public void samples(List<Sample> batch) {
            samples.addAll(batch);
        }

        @Override
        public void molecules(List<GeneratedMolecule> batch) {
            molecules.addAll(batch);
        }

        List<String> smiles() {
            return molecules.stream().map(g -> g.scored().molecule().smiles()).toList();
        }
    }
}
