package dossier.check;

import dossier.problem.LineStarts;
import dossier.problem.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Reads the anchors and links of a page the build has just written, with positions. The build's
 * own output is HTML with double-quoted attributes, so a scan for the four attributes that matter
 * is enough, and costs a fraction of a full parse on every page.
 */
public final class LinkExtractor {
    private static final String[] ATTRIBUTES = {" href=\"", " src=\"", " id=\"", " name=\""};

    private LinkExtractor() {}

    public static PageLinks extract(String file, String source, String html, Map<String, Position> sourcePositions) {
        String scanned = blank(html);
        LineStarts lines = new LineStarts(html);
        Set<String> ids = new HashSet<>();
        List<PageLinks.Link> links = new ArrayList<>();
        for (String attribute : ATTRIBUTES) {
            for (int at = scanned.indexOf(attribute); at >= 0; at = scanned.indexOf(attribute, at + 1)) {
                int tag = scanned.lastIndexOf('<', at);
                if (tag < 0 || scanned.lastIndexOf('>', at) > tag) {
                    continue; // text, not inside a tag
                }
                int start = at + attribute.length();
                int end = scanned.indexOf('"', start);
                if (end < 0) {
                    break;
                }
                String value = Parser.unescapeEntities(html.substring(start, end), true);
                switch (attribute) {
                    case " id=\"" -> ids.add(value);
                    case " name=\"" -> {
                        if (scanned.startsWith("<a ", tag)) {
                            ids.add(value);
                        }
                    }
                    default -> links.add(new PageLinks.Link(value, lines.lineOf(tag) + 1, lines.columnOf(tag)));
                }
            }
        }
        links.sort(java.util.Comparator.comparingInt(PageLinks.Link::line).thenComparingInt(PageLinks.Link::column));
        return new PageLinks(file, source, ids, links, sourcePositions);
    }

    /** The text with script and style bodies and comments blanked out, keeping every offset. */
    private static String blank(String html) {
        char[] out = null;
        for (String[] span : new String[][] {{"<script", "</script>"}, {"<style", "</style>"}, {"<!--", "-->"}}) {
            for (int open = html.indexOf(span[0]); open >= 0; open = html.indexOf(span[0], open + 1)) {
                int bodyStart = span[0].equals("<!--") ? open : html.indexOf('>', open) + 1;
                int close = html.indexOf(span[1], Math.max(bodyStart, open + 1));
                if (bodyStart <= 0 || close < 0) {
                    break;
                }
                if (out == null) {
                    out = html.toCharArray();
                }
                Arrays.fill(out, bodyStart, span[0].equals("<!--") ? close + span[1].length() : close, ' ');
                open = close;
            }
        }
        return out == null ? html : new String(out);
    }
}
