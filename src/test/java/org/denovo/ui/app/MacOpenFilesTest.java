package org.denovo.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacOpenFilesTest {
    @Test
    void filesArrivingBeforeTheWindowAreHeldThenDeliveredInOrder() {
        MacOpenFiles.deliverTo(held -> { }); // nothing left from other tests
        MacOpenFiles.stopDelivering();
        MacOpenFiles.arrived(Path.of("a.sdf"));
        MacOpenFiles.arrived(Path.of("b.smi"));
        List<Path> opened = new ArrayList<>();
        MacOpenFiles.deliverTo(opened::add);
        assertEquals(List.of(Path.of("a.sdf"), Path.of("b.smi")), opened);
        MacOpenFiles.arrived(Path.of("c.mol"));
        assertEquals(List.of(Path.of("a.sdf"), Path.of("b.smi"), Path.of("c.mol")), opened);
        MacOpenFiles.stopDelivering();
        MacOpenFiles.arrived(Path.of("d.sd"));
        assertEquals(3, opened.size(), "held once the window has closed");
        MacOpenFiles.deliverTo(held -> { });
        MacOpenFiles.stopDelivering();
    }
}
