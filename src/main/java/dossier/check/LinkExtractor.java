package dossier.check;

import dossier.problem.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Reads the anchors and links of a page the build has just written, with positions. The build's
 * own output is well-formed HTML with quoted attributes, so a scan of its tags is enough, and it
 * costs a fraction of a full parse on every page.
 */
public final class LinkExtractor {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)(\\s[^>]*)?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(href|src|id|name)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
    /** Script and style bodies and comments: group 1 is the part to blank out. */
    private static final Pattern SKIPPED = Pattern.compile("(?is)<(?:script|style)\\b[^>]*>(.*?)</(?:script|style)\\s*>|(<!--.*?-->)");

    private LinkExtractor() {}

    public static PageLinks extract(String file, String source, String html, Map<String, Position> sourcePositions) {
        String scanned = blank(html);
        int[] lineStarts = lineStarts(html);
        Set<String> ids = new HashSet<>();
        List<PageLinks.Link> links = new ArrayList<>();
        Matcher tag = TAG.matcher(scanned);
        while (tag.find()) {
            if (tag.group(2) == null) {
                continue;
            }
            String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
            Matcher attribute = ATTRIBUTE.matcher(html).region(tag.start(2), tag.end(2));
            while (attribute.find()) {
                String key = attribute.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = Parser.unescapeEntities(attribute.group(3) != null ? attribute.group(3)
                        : attribute.group(4), true);
                if (key.equals("id") || (key.equals("name") && name.equals("a"))) {
                    ids.add(value);
                } else if (key.equals("href") || key.equals("src")) {
                    int line = line(lineStarts, tag.start());
                    links.add(new PageLinks.Link(value, line + 1, tag.start() - lineStarts[line] + 1));
                }
            }
        }
        return new PageLinks(file, source, ids, links, sourcePositions);
    }

    /** The text with scripts, styles and comments blanked out, keeping every offset. */
    private static String blank(String html) {
        Matcher skipped = SKIPPED.matcher(html);
        if (!skipped.find()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html);
        do {
            int group = skipped.group(1) != null ? 1 : 2;
            for (int i = skipped.start(group); i < skipped.end(group); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        } while (skipped.find());
        return out.toString();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int line(int[] starts, int offset) {
        int index = java.util.Arrays.binarySearch(starts, offset);
        return index >= 0 ? index : -index - 2;
    }
}
