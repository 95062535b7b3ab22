package dossier.fuzz;

import static dossier.fuzz.FuzzProblems.wellFormed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dossier.markdown.MarkdownRenderer;
import dossier.markdown.RenderedMarkdown;
import dossier.markdown.UrlSafety;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Arbitrary Markdown through the Markdown pipeline: the only outcome besides HTML is a documented
 * content error with a position, no exception escapes, and no script reaches the HTML. The record
 * loader and front matter have their own fuzz classes ({@link RecordFuzzTest},
 * {@link FrontMatterFuzzTest}): one fuzz test a class, so that CI fuzzes them in parallel JVMs.
 */
class ContentFuzzTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(
            name -> name.equals("items/a") ? Optional.of("/items/a/") : Optional.empty(),
            id -> id.equals("chart") ? Optional.of("<figure class=\"chart\"></figure>") : Optional.empty());

    @FuzzTest(maxDuration = "20s")
    void markdownNeverLetsAScriptThrough(FuzzedDataProvider data) {
        RenderedMarkdown rendered = MARKDOWN.render("content/p.md", data.consumeRemainingAsString(), 4);
        wellFormed(rendered.problems());
        for (Element element : Jsoup.parseBodyFragment(rendered.html()).getAllElements()) {
            assertFalse(element.nameIs("script") || element.nameIs("iframe") || element.nameIs("object"),
                    rendered.html());
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), rendered.html());
                if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                    assertTrue(UrlSafety.isSafe(attribute.getValue()) || !rendered.problems().isEmpty(),
                            "unsafe URL without an error: " + rendered.html());
                }
            }
        }
    }
}
