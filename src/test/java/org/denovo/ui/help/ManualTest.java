package org.denovo.ui.help;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualTest {
    @TempDir
    Path dir;

    @Test
    void theGuideIsRenderedWithItsPicturesAndLinkedPages() throws Exception {
        Path start = Manual.render(dir);
        assertTrue(Files.isRegularFile(start));
        String html = Files.readString(start);
        assertTrue(html.contains("<h1>The workbench window</h1>"), "the title of docs/ui.md");
        assertTrue(html.contains("<table>"), "tables are rendered");
        assertTrue(html.contains("href=\"library.html\""), "links between pages point to rendered pages");
        assertFalse(html.contains("href=\"library.md\""));
        assertTrue(Files.isRegularFile(dir.resolve("library.html")), "linked pages are rendered too");
        assertTrue(Files.isRegularFile(dir.resolve("decisions/0018-lead-optimisation-by-model-completion.html")));
        assertTrue(Files.size(dir.resolve("screenshots/workbench-main.png")) > 10_000, "pictures are copied");
    }
}
