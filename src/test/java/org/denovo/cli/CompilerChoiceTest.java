package org.denovo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompilerChoiceTest {
    private static final List<String> PACKAGED = List.of("-XX:SharedArchiveFile=/opt/app/a.jsa",
            "-Djpackage.app-version=0.1.0", "-XX:TieredStopAtLevel=1", "-Djava.class.path=/opt/app/x.jar");

    @Test
    void longWorkWantsTheOptimisingCompilerAndShortWorkDoesNot() {
        assertTrue(CompilerChoice.wantsOptimisingCompiler(List.of("score", "--in", "a.smi", "--out", "b.sdf")));
        assertTrue(CompilerChoice.wantsOptimisingCompiler(List.of("generate", "--count", "100000")));
        assertTrue(CompilerChoice.wantsOptimisingCompiler(List.of("generate", "--count=50001")));
        assertFalse(CompilerChoice.wantsOptimisingCompiler(List.of("generate", "--count", "50000")));
        assertFalse(CompilerChoice.wantsOptimisingCompiler(List.of("generate", "--out", "a.sdf")));
        assertFalse(CompilerChoice.wantsOptimisingCompiler(List.of("generate", "--count", "many")));
        assertFalse(CompilerChoice.wantsOptimisingCompiler(List.of("--version")));
        assertFalse(CompilerChoice.wantsOptimisingCompiler(List.of("score", "--help")));
        assertFalse(CompilerChoice.wantsOptimisingCompiler(List.of()));
    }

    @Test
    void aPackagedQuickOnlyJvmHandsAScoreToAnOptimisingOne() {
        List<String> command = CompilerChoice.handOver(List.of("score", "--in", "a.smi"), PACKAGED, "/opt/app/runtime",
                "/opt/app/x.jar", true, false).orElseThrow();
        assertEquals(Path.of("/opt/app/runtime", "bin", "java").toString(), command.get(0));
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"));
        assertFalse(command.stream().anyMatch(o -> o.startsWith("-Djava.class.path=")));
        assertTrue(command.containsAll(CompilerChoice.OPTIMISING));
        assertTrue(command.contains("-Ddenovo.compiler.handedOver=true"));
        assertTrue(command.contains("-XX:SharedArchiveFile=/opt/app/a.jsa"));
        assertTrue(command.contains("-Djpackage.app-version=0.1.0"));
        assertEquals(List.of("-cp", "/opt/app/x.jar", "org.denovo.Main", "score", "--in", "a.smi"),
                command.subList(command.size() - 6, command.size()));
    }

    @Test
    void nothingIsHandedOverOutsideThePackageTwiceOrForShortWork() {
        assertTrue(CompilerChoice.handOver(List.of("score"), PACKAGED, "/j", "x.jar", false, false).isEmpty());
        assertTrue(CompilerChoice.handOver(List.of("score"), List.of("-Xmx1g"), "/j", "x.jar", true, false).isEmpty());
        assertTrue(CompilerChoice.handOver(List.of("score"), PACKAGED, "/j", "x.jar", true, true).isEmpty());
        assertTrue(CompilerChoice.handOver(List.of("generate", "--count", "1000"), PACKAGED, "/j", "x.jar", true,
                false).isEmpty());
    }
}
