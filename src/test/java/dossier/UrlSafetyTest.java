package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.markdown.MarkdownRenderer;
import dossier.markdown.RenderedMarkdown;
import dossier.markdown.UrlSafety;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A link's scheme is judged as a browser reads it, in any letter case and however it is encoded, and
 * only http, https, mailto (and ref: before it is resolved) pass. A template that prints a record's
 * value into an href is the fixture error-escape-template-url.
 */
class UrlSafetyTest {
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
        assertEquals(List.of("content/p.md:6:1: the link \"JAVASCRIPT:alert(1)\" uses a refused scheme",
                        "content/p.md:6:27: the link \"Data:text/html,x\" uses a refused scheme"),
                problemsOf("First line.\n\n<JAVASCRIPT:alert(1)> and <Data:text/html,x> and <https://example.org/>\n"));
    }

    @Test
    void aLinkIsJudgedAsItIsPublishedAfterItsEscapesAreRead() {
        // "\:" is an escaped colon and "&#58;" a character reference: the href holds "javascript:", so the
        // Markdown reports it at its line (found by ContentFuzzTest: only the output's link check saw it).
        assertEquals(List.of("content/p.md:4:1: the link \"javascript\\:alert(1)\" uses a refused scheme",
                        "content/p.md:4:31: the link \"refs\\:x\" uses a refused scheme",
                        "content/p.md:4:48: the link \"javascript&#58;x\" uses a refused scheme"),
                problemsOf("[a](javascript\\:alert(1)) and [b](refs\\:x) and [c](javascript&#58;x) and "
                        + "[d](https://example.org/a\\_b)\n"));
    }

    /** The problems of a page whose Markdown starts at line 4, as "file:line:column: message". */
    private static List<String> problemsOf(String markdown) {
        RenderedMarkdown out = new MarkdownRenderer(name -> Optional.empty()).render("content/p.md", markdown, 4);
        return out.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message())
                .toList();
    }
}
