package org.denovo.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
    @Test
    void libraryUnderHomeIsShownWithTilde() {
        Path home = Path.of("/home/chemist");
        assertEquals("~/.denovo/library.db", StatusBarViewModel.shortened(Path.of("/home/chemist/.denovo/library.db"), home));
        assertEquals("/srv/shared/library.db", StatusBarViewModel.shortened(Path.of("/srv/shared/library.db"), home));
        assertEquals("/home/chemistry/library.db", StatusBarViewModel.shortened(Path.of("/home/chemistry/library.db"), home));
    }
}
