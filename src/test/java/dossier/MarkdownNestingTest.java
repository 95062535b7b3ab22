package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown nested deeper than the renderers' stacks hold is a content error at its line, from
 * {@code build} and {@code check} alike; nesting up to the limit renders on the build's own threads.
 */
class MarkdownNestingTest {
    private static final String HINT = "; flatten the quotes, lists, emphasis, links or HTML tags that stand inside "
            + "one another here";

    @TempDir
    Path temp;

    @Test
    void deeplyNestedMarkdownIsAPositionedErrorNotAStackOverflow() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("quotes", ">".repeat(20_000) + " deep\n");
        pages.put("emphasis", "*a ".repeat(50_000) + "deep" + " a*".repeat(50_000) + "\n");
        pages.put("stars", "*".repeat(50_000) + "deep" + "*".repeat(50_000) + "\n");
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        pages.put("list", list.toString());
        pages.put("images", "![".repeat(20_000) + "deep" + "](/first/)".repeat(20_000) + "\n");
        pages.put("brackets", "[".repeat(20_000) + "deep" + "]".repeat(20_000) + "\n");
        pages.put("html", "<b>".repeat(20_000) + "deep" + "</b>".repeat(20_000) + "\n");
        Path root = dossier(pages);
        List<String> expected = List.of(
                "content/brackets.md:5:101: Markdown nested 20000 levels deep; at most 100 are allowed" + HINT,
                "content/emphasis.md:5:301: Markdown nested 50000 levels deep; at most 100 are allowed" + HINT,
                "content/html.md:5:301: Markdown nested 20000 levels deep; at most 100 are allowed" + HINT,
                "content/images.md:5:202: Markdown nested 20000 levels deep; at most 100 are allowed" + HINT,
                "content/list.md:105:201: Markdown nested 500 levels deep; at most 100 are allowed" + HINT,
                "content/quotes.md:5:101: Markdown nested 20000 levels deep; at most 100 are allowed" + HINT,
                "content/stars.md:5:1: Markdown nested 25000 levels deep; at most 100 are allowed" + HINT);
        for (BuildRun run : List.of(BuildRun.build(root, temp.resolve("site")),
                BuildRun.of("check", "--root", root.toString()))) {
            assertEquals(expected, run.problems());
            assertEquals(1, run.exitCode());
            assertFalse(run.err().contains("Exception") || run.err().contains("Error"), run.err());
        }
    }

    @Test
    void markdownNestedAsDeepAsAllowedRenders() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("quotes", ">".repeat(100) + " deep\n");
        pages.put("emphasis", "*a ".repeat(100) + "deep" + " a*".repeat(100) + "\n");
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        pages.put("list", list + "  ".repeat(100) + "deep\n");
        pages.put("images", "![".repeat(100) + "deep" + "](/first/)".repeat(100) + "\n");
        pages.put("html", "<b>".repeat(100) + "deep" + "</b>".repeat(100) + "\n");
        // Every kind at once, a quarter of the limit each.
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            mixed.append("> ".repeat(25)).append("  ".repeat(i)).append("- item\n");
        }
        mixed.append("> ".repeat(25)).append("  ".repeat(25)).append("*a ".repeat(24)).append("![".repeat(24))
                .append("deep").append("](/first/)".repeat(24)).append(" a*".repeat(24)).append('\n');
        pages.put("mixed", mixed.toString());
        Path root = dossier(pages);
        Path site = temp.resolve("site");
        BuildRun run = BuildRun.build(root, site);
        assertEquals(0, run.exitCode(), run.err());
        for (String page : pages.keySet()) {
            assertTrue(Files.readString(site.resolve(page + "/index.html")).contains("deep"), page);
        }
    }

    private Path dossier(Map<String, String> pages) throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("minimal"), root);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(root.resolve("content/" + page.getKey() + ".md"),
                    "---\ntitle: " + page.getKey() + "\n---\n\n" + page.getValue());
        }
        return root;
    }
}
