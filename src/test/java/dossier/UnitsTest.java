package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.markdown.MarkdownRenderer;
import dossier.markdown.RenderedMarkdown;
import dossier.markdown.UrlSafety;
import dossier.problem.Position;
import dossier.schema.DidYouMean;
import dossier.yaml.YamlDocument;
import dossier.yaml.YamlReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small pieces whose mistakes would be hard to see through a whole build. */
class UnitsTest {

    @Test
    void yamlPositionsPointAtKeysAndValues() {
        YamlReader.Result result = new YamlReader().read("f.yaml", "title: T\nparts:\n  - name: a\n    year: 3\n", 0);
        YamlDocument document = ((YamlReader.Parsed) result).document();
        assertEquals(new Position("f.yaml", 4, 11), document.valueAt("/parts/0/year"));
        assertEquals(new Position("f.yaml", 4, 5), document.keyAt("/parts/0/year"));
        assertEquals(new Position("f.yaml", 4, 11), document.valueAt("/parts/0/year/deeper"), "nearest enclosing");
    }

    @Test
    void frontMatterPositionsCountTheFence() {
        YamlReader.Result result = new YamlReader().read("p.md", "title: [\n", 1);
        assertTrue(result instanceof YamlReader.Failed);
        assertEquals(3, ((YamlReader.Failed) result).problem().line());
    }

    @Test
    void refusedSchemesAreCaughtHoweverTheyAreSpelt() {
        for (String url : List.of("javascript:alert(1)", "JaVaScRiPt:x", " java\tscript:x", "javascript&#58;x",
                "vbscript:x", "DATA:text/html,x", "file:///etc/passwd")) {
            assertFalse(UrlSafety.isSafe(url), url);
        }
        for (String url : List.of("https://example.org/", "/about/", "#anchor", "mailto:a@b.c", "ref:x/y", "./a:b/c")) {
            assertTrue(UrlSafety.isSafe(url), url);
        }
    }

    @Test
    void didYouMeanSuggestsOnlyCloseNames() {
        assertEquals(Optional.of("year"), DidYouMean.nearest("yaer", List.of("title", "year", "tag")));
        assertEquals(Optional.empty(), DidYouMean.nearest("colour", List.of("title", "year")));
    }

    @Test
    void rawHtmlIsSanitisedAndRefLinksResolve() {
        MarkdownRenderer markdown = new MarkdownRenderer(
                name -> name.equals("items/a") ? Optional.of("/base/items/a/") : Optional.empty());
        RenderedMarkdown out = markdown.render("p.md",
                "[A](ref:items/a#x) <span onclick=\"evil()\">hi</span>\n\n<script>alert(1)</script>\n"
                        + "<a href=\"javascript:alert(1)\">j</a> <img src=x onerror=alert(1)>\n", 5);
        assertTrue(out.html().contains("<a href=\"/base/items/a/#x\">A</a>"), out.html());
        assertFalse(out.html().contains("onclick"), out.html());
        assertFalse(out.html().contains("<script"), out.html());
        assertFalse(out.html().contains("javascript:"), out.html());
        assertFalse(out.html().contains("onerror"), out.html());
        // Each is also an error, at its place (MarkdownRendererTest has the messages).
        assertEquals(List.of("p.md:5:26", "p.md:7:1", "p.md:8:10", "p.md:8:48"),
                out.problems().stream().map(p -> p.format().split(": ")[0]).sorted().toList());
        assertEquals(new Position("p.md", 5, 1), out.linkPositions().get("ref:items/a#x"));
    }

    @Test
    void eachExtensionIsUsedWhenItsMarkIsInTheText() {
        MarkdownRenderer markdown = new MarkdownRenderer(name -> Optional.empty());
        java.util.Map<String, String> expected = java.util.Map.of(
                "| a | b |\n|---|---|\n| 1 | 2 |\n", "<table",
                "Noted.[^1]\n\n[^1]: A note.\n", "class=\"footnote",
                "See https://example.org now.\n", "<a href=\"https://example.org\">",
                "See www.example.org now.\n", "<a href=\"http://www.example.org\">",
                "Write to a@example.org.\n", "mailto:",
                "He said \"yes\".\n", "&ldquo;yes&rdquo;",
                "1997--2003\n", "&ndash;",
                "and so...\n", "&hellip;",
                "<<quoted>>\n", "&laquo;");
        expected.forEach((text, mark) -> assertTrue(markdown.render("p.md", text, 1).html().contains(mark),
                text + " -> " + markdown.render("p.md", text, 1).html()));
        assertEquals("<p>Plain words, no marks.</p>\n", markdown.render("p.md", "Plain words, no marks.\n", 1).html());
    }
}
