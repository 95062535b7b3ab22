package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML an author writes keeps its safe tags and links, as written, and loses what could run or leak. */
class HtmlSanitizerTest {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void safeHtmlStaysAsWritten() {
        assertEquals("<figure id=\"f\"><img src=\"/a.png\" alt=\"a\"><figcaption>A <abbr title=\"t\">t</abbr>"
                + "</figcaption></figure>\n<p><a href=\"https://example.org/\">x</a></p>",
                sanitizer.clean("<figure id=\"f\"><img src=\"/a.png\" alt=\"a\"><figcaption>A <abbr title=\"t\">t</abbr>"
                        + "</figcaption></figure>\n<p><a href=\"https://example.org/\">x</a></p>"));
        assertEquals("<table><tr><td colspan=\"2\">c</td></tr></table>",
                sanitizer.clean("<table><tr><td colspan=\"2\">c</td></tr></table>").replace("<tbody>", "")
                        .replace("</tbody>", ""));
    }

    @Test
    void linksTheUrlRulesRefuseLoseTheirTarget() {
        assertEquals("<a>ftp</a> <img alt=\"i\"> <a href=\"mailto:a@example.org\">m</a>",
                sanitizer.clean("<a href=\"ftp://example.org/\">ftp</a> <img src=\"ftp://example.org/i.png\" alt=\"i\">"
                        + " <a href=\"mailto:a@example.org\">m</a>"));
        assertEquals("<a>x</a><img>", sanitizer.clean("<a href=\"javascript:x\" onclick=\"y\">x</a>"
                + "<img src=\"data:image/png;base64,AA\"><script>alert(1)</script>"));
    }

    private List<String> dropped(String html) {
        return sanitizer.dropped(html).stream().map(d -> d.at() + " " + d.message()).toList();
    }

    @Test
    void htmlItKeepsWholeDropsNothing() {
        assertEquals(List.of(), dropped("<figure id=\"f\"><img src=\"/a.png\" alt=\"a\" width=\"20\">"
                + "<figcaption>A <abbr title=\"t\">t</abbr> <q>q</q></figcaption></figure>"));
        assertEquals(List.of(), dropped("<details open><summary>s</summary><table><tr><td colspan=\"2\">c</td>"
                + "</tr></table></details><a href=\"https://example.org/\" class=\"x\">x</a><a href=\"#n\">n</a>"
                + "<a href=\"../up/\">up</a><a href=\"mailto:a@example.org\">m</a><br/><time datetime=\"2010\">"));
    }

    @Test
    void whatItDropsIsNamedWhereItStarts() {
        assertEquals(List.of("0 the HTML element <script> is not published: HTML in Markdown keeps only safe elements"
                + " (text, links, images, lists, tables, figures)"), dropped("<script>alert(1)</script>"));
        assertEquals(List.of("3 the HTML attribute onclick of <p> is not published: HTML in Markdown keeps only safe"
                + " attributes (no event handlers, no style)", "25 the HTML attribute style of <p> is not published: "
                + "HTML in Markdown keeps only safe attributes (no event handlers, no style)"),
                dropped("<p onclick=\"x()\" class=c style=\"color:red\">"));
        assertEquals(List.of("3 the HTML attribute hidden of <p> is not published: HTML in Markdown keeps only safe"
                + " attributes (no event handlers, no style)"), dropped("<p hidden>"));
        assertEquals(List.of("9 the link \"java&#115;cript:x\" uses a refused scheme"),
                dropped("<a href=\"java&#115;cript:x\">x</a>"));
        assertEquals(List.of("9 the link \"ref:countries\" of <a> is not published: HTML in Markdown keeps relative"
                + " links and links of http:, https: (and mailto: for <a>)"), dropped("<a href=\"ref:countries\">"));
        assertEquals(List.of("10 the link \"mailto:a@example.org\" of <img> is not published: HTML in Markdown keeps"
                + " relative links and links of http:, https: (and mailto: for <a>)"),
                dropped("<img src=\"mailto:a@example.org\">"));
        // A dropped element's attributes go with it; the elements inside it are judged on their own.
        assertEquals(List.of("0 the HTML element <iframe> is not published: HTML in Markdown keeps only safe"
                + " elements (text, links, images, lists, tables, figures)", "46 the HTML attribute onload of <b> is"
                + " not published: HTML in Markdown keeps only safe attributes (no event handlers, no style)"),
                dropped("<iframe src=\"javascript:x\" onload=\"y\"><b id=i onload=z>"));
    }

    /** Tag soup of every character the reader treats apart never fails, and each offset lies in the text. */
    @Test
    void tagSoupNeverFails() {
        String alphabet = "<<>\"'= /abiomgscrptfhe\u0000\u000b\t&#;:-x";
        java.util.Random random = new java.util.Random(19);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                html.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = html.toString();
            for (HtmlSanitizer.Dropped dropped : sanitizer.dropped(text)) {
                assertEquals(true, dropped.at() >= 0 && dropped.at() < text.length(), text);
            }
        }
    }

    /** Names jsoup would trim to nothing, or refuse, are skipped rather than failing the build. */
    @Test
    void hostileNamesNeverFail() {
        assertEquals(List.of(), dropped("<b \u0001=x \u0000 =y>"));
        assertEquals(1, dropped("<b \"onclick=x>").size());
    }
}
