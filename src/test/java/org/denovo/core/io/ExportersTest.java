package org.denovo.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportersTest {
    @Test
    void pathsWithoutAFileNameHaveNoFormat() {
        assertTrue(Exporters.forPath(Path.of("/")).isEmpty(), "the root folder");
        assertTrue(Exporters.forPath(Path.of("")).isEmpty(), "an empty path");
        assertTrue(Exporters.forPath(Path.of("molecules")).isEmpty(), "no extension");
        assertTrue(Exporters.forPath(Path.of(".sdf")).isEmpty(), "an extension without a name");
        assertEquals("sdf", Exporters.forPath(Path.of("/tmp/a.SDF.gz")).orElseThrow().name());
    }
}
