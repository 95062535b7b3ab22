package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.markdown.MarkdownRenderer;
import dossier.markdown.RenderedMarkdown;
import dossier.markdown.UrlSafety;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link's scheme is judged as a browser reads it, in any letter case and however it is encoded, and
 * only http, https, mailto (and ref: before it is resolved) pass; wherever the URL comes from.
 */
class UrlSafetyTest {
    @TempDir
    Path temp;

    @Test
    void everySpellingOfAnotherSchemeIsRefused() {
        for (String url : List.of("JAVASCRIPT:alert(1)", "Data:text/html,x", "VBScript:msgbox(1)",
                "jav&#x61;script:x", "jav&#X61;script:x", "javascript&colon;x", "&amp;#x6A;avascript:x",
                "%6Aavascript:x", "%256Aavascript:x", "java\tscript:x", "java\nscript:x", " javascript:x",
                "\u0001javascript:x", "\u0000javascript:x", "java&#9;script:x", "JaVa%53cript:x", "JAV%41SCRIPT:x",
                "ftp://example.org/", "ms-msdt:/id", "file:///etc/passwd", "REF1:x")) {
            assertFalse(UrlSafety.isSafe(url), url);
        }
        for (String url : List.of("https://example.org/a%3Ab", "HTTP://example.org/", "MailTo:a@example.org",
                "/about/", "/a:b/", "/JAVASCRIPT:x", "./x:y", "#anchor:x", "?q=javascript:x", "ref:items/a", "",
                "a%3Ab")) {
            assertTrue(UrlSafety.isSafe(url), url);
        }
    }

    @Test
    void autolinksAreCheckedLikeEveryOtherLink() {
        MarkdownRenderer markdown = new MarkdownRenderer(name -> Optional.empty());
        RenderedMarkdown out = markdown.render("content/p.md",
                "First line.\n\n<JAVASCRIPT:alert(1)> and <Data:text/html,x> and <https://example.org/>\n", 4);
        assertEquals(List.of("content/p.md:6:1: the link \"JAVASCRIPT:alert(1)\" uses a refused scheme",
                        "content/p.md:6:27: the link \"Data:text/html,x\" uses a refused scheme"),
                out.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message())
                        .toList());
    }

    @Test
    void aTemplateCannotPublishARecordFieldWithAnotherScheme() throws Exception {
        Path root = temp.resolve("root");
        Files.createDirectories(root.resolve("content/items"));
        Files.createDirectories(root.resolve("content/schemas"));
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("content/dossier.yaml"),
                "title: Template URLs\nbaseUrl: https://example.org/\ncollections:\n  - name: items\n");
        Files.writeString(root.resolve("content/schemas/items.schema.json"),
                "{\"type\": \"object\", \"required\": [\"title\"]}");
        Files.writeString(root.resolve("content/items/sneaky.yaml"),
                "title: Sneaky\nhomepage: \"JavaScript:alert(document.cookie)\"\n");
        Files.writeString(root.resolve("content/items/fine.yaml"), "title: Fine\nhomepage: HTTPS://example.org/\n");
        Files.writeString(root.resolve("templates/items.ftlh"), "<!DOCTYPE html><html lang=\"en\"><head><title>"
                + "${record.title}</title></head><body>\n<p><a href=\"${record.fields.homepage}\">Home</a></p>"
                + "</body></html>\n");
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.problems().size(), run.err());
        String problem = run.problems().get(0);
        assertTrue(problem.endsWith("/site/items/sneaky/index.html:2:4: the link \"JavaScript:alert(document.cookie)\" "
                + "uses a refused scheme (javascript:); the page comes from content/items/sneaky.yaml; "
                + "correct the value there or the link in the template"), problem);
    }
}
