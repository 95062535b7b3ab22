package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The links of HTML written into Markdown: only real href and src attributes, each where its value starts. */
class RawHtmlTest {
    private static List<String> links(String html) {
        List<String> found = new ArrayList<>();
        RawHtml.forEachLink(html, (url, offset) -> found.add(url + "@" + offset));
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

    /** A tag starts with "<" and an ASCII letter, of either case. */
    @Test
    void tagsAreNamedByLetters() {
        for (String name : List.of("a", "z", "A", "Z")) {
            assertEquals(List.of("/x/@" + (name.length() + 7), "/x/@" + (name.length() + 7)),
                    links("<" + name + " href=/x/>"), name);
        }
        for (String notALetter : List.of("`", "{", "@", "[", "3", " ")) {
            assertEquals(List.of(), links("<" + notALetter + " href=/x/>"), notALetter);
        }
    }

    /** HTML cut anywhere (a block ends where the Markdown says) never fails, and finds what is whole. */
    @Test
    void htmlCutAnywhereIsReadAsFarAsItGoes() {
        String whole = "<a title='t' data-x href = \"/h/\" src=/s/ / >";
        int h = whole.indexOf("/h/");
        int src = whole.indexOf("/s/");
        for (int end = 0; end <= whole.length(); end++) {
            String cut = whole.substring(0, end);
            List<String> found = links(cut);
            // Only the two values are ever found, at their places, or a value cut short where it starts.
            for (String link : found) {
                int offset = Integer.parseInt(link.substring(link.indexOf('@') + 1));
                String url = link.substring(0, link.indexOf('@'));
                boolean whole1 = url.equals("/h/") && offset == h;
                boolean partOfSrc = "/s/".startsWith(url) && offset == src;
                boolean emptyAtTheCut = url.isEmpty() && offset == end;
                assertTrue(whole1 || partOfSrc || emptyAtTheCut, cut + " gave " + link);
            }
            assertEquals(end > h + 3, found.contains("/h/@" + h), cut);
            assertEquals(end >= src + 3, found.contains("/s/@" + src), cut);
        }
        assertEquals(List.of(), links("x <"));
        assertEquals(List.of(), links("<!--"));
        assertEquals(List.of("@8", "@8"), links("<a href="));
        assertEquals(List.of(), links("<a href"));
    }

    @Test
    void hostileHtmlIsReadInLinearTime() {
        String many = "<!--".repeat(50_000) + "<a b=\"".repeat(50_000) + "<a =x ".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> links(many));
    }
}
