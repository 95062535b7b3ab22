package dossier.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.content.PageReader;
import dossier.content.Record;
import dossier.io.SourceText;
import dossier.link.ReferenceFinder;
import dossier.markdown.MarkdownRenderer;
import dossier.markdown.RenderedMarkdown;
import dossier.markdown.UrlSafety;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.schema.BundledSchemas;
import dossier.schema.RecordSchema;
import dossier.yaml.YamlReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Arbitrary input to the record loader, front matter and the Markdown pipeline: the only outcome
 * besides success is a documented content error with a position. No exception escapes, and no
 * script reaches the HTML. In CI each test also fuzzes for a bounded time (see pom.xml).
 */
class ContentFuzzTest {
    private static final YamlReader YAML = new YamlReader();
    private static final RecordSchema SCHEMA;
    private static final PageReader PAGES = new PageReader(YAML, BundledSchemas.frontMatter());
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(
            name -> name.equals("items/a") ? Optional.of("/items/a/") : Optional.empty(),
            id -> id.equals("chart") ? Optional.of("<figure class=\"chart\"></figure>") : Optional.empty());

    static {
        try {
            SCHEMA = new RecordSchema(new ObjectMapper().readTree("""
                    {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                     "additionalProperties": false, "required": ["title"],
                     "properties": {"title": {"type": "string"}, "year": {"type": "integer"},
                       "tag": {"enum": ["a", "b"]}, "link": {"type": "string", "x-ref": "items"},
                       "parts": {"type": "array", "items": {"type": "object",
                         "properties": {"item": {"type": "string", "x-ref": "items"}}}}}}"""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void recordLoaderAnswersWithProblemsOnly(byte[] bytes) {
        SourceText.Result text = SourceText.decode(bytes, "content/items/x.yaml");
        if (text instanceof SourceText.Unreadable unreadable) {
            wellFormed(List.of(unreadable.problem()));
            return;
        }
        YamlReader.Result read = YAML.read("content/items/x.yaml", ((SourceText.Text) text).text(), 0);
        if (read instanceof YamlReader.Failed failed) {
            wellFormed(List.of(failed.problem()));
            return;
        }
        var document = ((YamlReader.Parsed) read).document();
        if (!document.root().isObject()) {
            return;
        }
        wellFormed(SCHEMA.check(document.without(Record.ALIASES)));
        new ReferenceFinder(SCHEMA.source()).find(new Record("items", "x", "content/items/x.yaml", document))
                .forEach(reference -> assertTrue(reference.at().line() >= 1));
    }

    @FuzzTest(maxDuration = "20s")
    void frontMatterAnswersWithProblemsOnly(FuzzedDataProvider data) {
        Problems problems = new Problems();
        PAGES.parse(data.consumeRemainingAsString(), "content/p.md", "/p/", problems);
        wellFormed(problems.sorted());
    }

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

    private static void wellFormed(List<Problem> problems) {
        for (Problem problem : problems) {
            assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.format());
            assertFalse(problem.message().isBlank(), problem.format());
            assertFalse(problem.format().contains("\n"), problem.format());
        }
    }
}
