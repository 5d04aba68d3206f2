package org.denovo.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The user guide as HTML pages for a browser: {@code docs/} ships in the jar under {@code /manual}; the pages reached
 * from {@code ui.md} by relative links are rendered into a folder, with their images, and links between pages point
 * to the rendered pages.
 */
public final class Manual {
    public static final String START_PAGE = "ui.md";
    private static final String RESOURCES = "/manual/";
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
            + "line-height:1.45;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px}"
            + "code{background:#f3f3f3;padding:0 3px}pre{background:#f3f3f3;padding:8px;overflow:auto}img{max-width:100%}";

    private Manual() {
    }

    /**
     * Renders the guide into {@code folder} and returns its start page.
     *
     * @throws IOException when the guide is missing from the build or the folder cannot be written
     */
    public static Path render(Path folder) throws IOException {
        Files.createDirectories(folder);
        Parser parser = Parser.builder().extensions(EXTENSIONS).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    String href = attributes.get("href");
                    if (node instanceof Link && href != null && isLocal(href) && href.contains(".md")) {
                        attributes.put("href", href.replaceFirst("\\.md(#|$)", ".html$1"));
                    }
                }).build();
        Deque<String> pages = new ArrayDeque<>(List.of(START_PAGE));
        Set<String> done = new HashSet<>();
        while (!pages.isEmpty()) {
            String page = pages.pop();
            if (!done.add(page)) {
                continue;
            }
            String markdown = read(page);
            if (markdown == null) {
                if (page.equals(START_PAGE)) {
                    throw new IOException("the user guide is not in this build (no " + RESOURCES + START_PAGE + ")");
                }
                continue;
            }
            Node document = parser.parse(markdown);
            String dir = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    String target = link.getDestination().replaceFirst("#.*$", "");
                    if (isLocal(target) && target.endsWith(".md")) {
                        pages.add(normalise(dir + target));
                    }
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    if (isLocal(image.getDestination())) {
                        copy(normalise(dir + image.getDestination()), folder);
                    }
                    visitChildren(image);
                }
            });
            String title = page.replaceFirst("\\.md$", "");
            String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>DeNovo Workbench: " + title
                    + "</title><style>" + STYLE + "</style></head><body>" + renderer.render(document) + "</body></html>";
            Path out = folder.resolve(page.replaceFirst("\\.md$", ".html"));
            Files.createDirectories(out.getParent());
            Files.writeString(out, html, StandardCharsets.UTF_8);
        }
        return folder.resolve(START_PAGE.replaceFirst("\\.md$", ".html"));
    }

    private static boolean isLocal(String target) {
        return !target.isEmpty() && !target.contains(":") && !target.startsWith("/") && !target.startsWith("#");
    }

    /** Resolves "a/../b" and "./b" within the guide; a path that leaves it is dropped to its file name. */
    private static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                parts.pollLast();
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private static String read(String page) throws IOException {
        try (InputStream in = Manual.class.getResourceAsStream(RESOURCES + page)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void copy(String file, Path folder) {
        try (InputStream in = Manual.class.getResourceAsStream(RESOURCES + file)) {
            if (in != null) {
                Path out = folder.resolve(file);
                Files.createDirectories(out.getParent());
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a missing picture leaves a broken image, not a missing manual
        }
    }
}
