package dossier.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes flexmark's footnotes as a reader expects them: under a "Notes" heading (a section the table
 * of contents lists), with each back-link (↩) at the end of the note's last paragraph rather than on a
 * line of its own. Flexmark has no option for either, so its HTML, whose form is fixed, is rewritten.
 */
final class Footnotes {
    /** The heading's id, unless the text has one already. */
    static final String HEADING_ID = "notes";
    private static final String BLOCK = "<div class=\"footnotes\">\n<hr />\n";
    /** The back-links after a note's last paragraph, up to the end of the note. */
    private static final Pattern BACK_LINKS = Pattern.compile(
            "</p>\n((?:<a href=\"#fnref-[^\"<>]*\" class=\"footnote-backref\">&#8617;</a>\n)+)</li>");

    private Footnotes() {}

    /** The HTML with the footnotes shaped; a text without footnotes is returned as it is. */
    static String shaped(String html) {
        if (!html.contains(BLOCK)) {
            return html;
        }
        String id = HEADING_ID;
        for (int n = 1; html.contains("id=\"" + id + "\""); n++) {
            id = HEADING_ID + "-" + n;
        }
        String headed = html.replace(BLOCK, "<div class=\"footnotes\">\n<h2 id=\"" + id + "\">Notes</h2>\n");
        Matcher links = BACK_LINKS.matcher(headed);
        StringBuilder out = new StringBuilder();
        while (links.find()) {
            String inline = links.group(1).strip().replace("\n", " ");
            links.appendReplacement(out, Matcher.quoteReplacement(" " + inline + "</p>\n</li>"));
        }
        links.appendTail(out);
        return out.toString();
    }
}
