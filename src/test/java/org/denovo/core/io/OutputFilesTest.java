package org.denovo.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutputFilesTest {
    @Test
    void aFullDiskIsReportedWithTheFileBeingWritten() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        OutputStream out = OutputFiles.naming(full, Path.of("ranked.sdf"));
        IOException e = assertThrows(IOException.class, () -> out.write(new byte[] {1, 2, 3}));
        assertEquals("cannot write ranked.sdf: No space left on device", e.getMessage());
        assertTrue(e.getCause().getMessage().contains("No space"));
    }
}
