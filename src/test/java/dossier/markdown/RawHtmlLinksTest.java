package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The links of HTML written into Markdown: only real href and src attributes, each where its value starts. */
class RawHtmlLinksTest {
    private static List<String> links(String html) {
        List<String> found = new ArrayList<>();
        RawHtmlLinks.forEach(html, (url, offset) -> found.add(url + "@" + offset));
        return found;
    }

    @Test
    void eachValueWithWhereItStarts() {
        assertEquals(List.of("/a/@9", "/a/@9"), links("<a href=\"/a/\">"));
        assertEquals(List.of("b.png@10", "b.png@10", "/c/@32", "/c/@32"),
                links("<IMG SRC='b.png' alt=\"\"><a href=/c/ >"));
        // As written, and as the page holds it.
        assertEquals(List.of("?x=1&amp;y=2@9", "?x=1&y=2@9"), links("<a href=\"?x=1&amp;y=2\">"));
    }

    @Test
    void whatOnlyLooksLikeALinkIsNone() {
        assertEquals(List.of(), links("<div data-href=\"/d/\" xlink:href=\"/x/\" title=\"see href=/t/\">"));
        assertEquals(List.of(), links("<!-- <a href=\"/old/\"> --> &lt;a href=\"/ex/\"&gt;"));
        assertEquals(List.of(), links("<script>document.write('<a href=\"/s/\">')</script>"
                + "<style>a[href=\"/st/\"] {}</style>"));
        assertEquals(List.of("/after/@51", "/after/@51"),
                links("<script>var a = '<a href=\"/s/\">';</SCRIPT><a href=\"/after/\">"));
        assertEquals(List.of(), links("<a title=\"unclosed href=/u/>"));
        assertEquals(List.of(), links("a < b and <3 and <a href>"));
    }

    @Test
    void hostileHtmlIsReadInLinearTime() {
        String many = "<!--".repeat(50_000) + "<a b=\"".repeat(50_000) + "<a =x ".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> links(many));
    }
}
