package dossier.check;

import dossier.markdown.HtmlEntities;
import dossier.problem.LineStarts;
import dossier.problem.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Reads the anchors and links of a page the build has just written, with positions. The build's
 * own output is HTML with double-quoted attributes, so one pass from tag to tag, reading the four
 * attributes that matter, is enough, and costs a fraction of a full parse on every page. Comments
 * and the bodies of scripts and styles are passed over.
 */
public final class LinkExtractor {
    private static final String[] ATTRIBUTES = {"href=\"", "src=\"", "id=\"", "name=\""};

    private LinkExtractor() {}

    public static PageLinks extract(String file, String source, String html, Map<String, Position> sourcePositions) {
        LineStarts lines = new LineStarts(html);
        Set<String> ids = new HashSet<>();
        List<PageLinks.Link> links = new ArrayList<>();
        int at = html.indexOf('<');
        while (at >= 0) {
            if (html.startsWith("<!--", at)) {
                int close = html.indexOf("-->", at + 4);
                at = close < 0 ? -1 : html.indexOf('<', close + 3);
                continue;
            }
            int end = readTag(html, at, lines, ids, links);
            if (end < 0) {
                break;
            }
            int next = html.startsWith("<script", at) ? html.indexOf("</script>", end)
                    : html.startsWith("<style", at) ? html.indexOf("</style>", end)
                    : end;
            at = next < 0 ? -1 : html.indexOf('<', next);
        }
        links.sort(java.util.Comparator.comparingInt(PageLinks.Link::line).thenComparingInt(PageLinks.Link::column));
        return new PageLinks(file, source, ids, links, sourcePositions);
    }

    /** Reads the attributes of the tag at {@code tag}; the offset after its {@code >}, or -1 when it never closes. */
    private static int readTag(String html, int tag, LineStarts lines, Set<String> ids, List<PageLinks.Link> links) {
        int n = html.length();
        for (int i = tag + 1; i < n; i++) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '"') { // a quoted value of another attribute may hold '>' or text like an attribute
                i = html.indexOf('"', i + 1);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c != ' ') {
                continue;
            }
            for (String attribute : ATTRIBUTES) {
                if (!html.startsWith(attribute, i + 1)) {
                    continue;
                }
                int start = i + 1 + attribute.length();
                int close = html.indexOf('"', start);
                if (close < 0) {
                    return -1;
                }
                String value = HtmlEntities.decoded(html.substring(start, close));
                switch (attribute) {
                    case "id=\"" -> ids.add(value);
                    case "name=\"" -> {
                        if (html.startsWith("<a ", tag)) {
                            ids.add(value);
                        }
                    }
                    default -> links.add(new PageLinks.Link(value, lines.lineOf(tag) + 1, lines.columnOf(tag)));
                }
                i = close; // the loop steps past the closing quote
                break;
            }
        }
        return -1;
    }
}
