package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
