package dossier.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Markdown text holds code: fenced blocks and backtick spans. A shortcode written there is
 * shown as written, so a page can explain the syntax.
 */
final class CodeRanges {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})", Pattern.MULTILINE);
    private static final Pattern TICKS = Pattern.compile("`+");

    private final List<int[]> ranges;

    private CodeRanges(List<int[]> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    static CodeRanges of(String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        int searchFrom = 0;
        List<int[]> fences = new ArrayList<>();
        while (searchFrom < text.length() && fence.find(searchFrom)) {
            String marker = fence.group(1);
            Matcher close = Pattern.compile("^ {0,3}" + Pattern.quote(marker.substring(0, 1)) + "{"
                    + marker.length() + ",}[ \\t]*$", Pattern.MULTILINE).matcher(text);
            int lineEnd = text.indexOf('\n', fence.end());
            int end = lineEnd >= 0 && close.find(lineEnd + 1) ? close.end() : text.length();
            fences.add(new int[] {fence.start(), end});
            searchFrom = end;
        }
        ranges.addAll(fences);
        Matcher ticks = TICKS.matcher(text);
        int from = 0;
        while (ticks.find(from)) {
            int open = ticks.start();
            if (inside(fences, open)) {
                from = ticks.end();
                continue;
            }
            String run = ticks.group();
            // A span ends at the next run of as many backticks, within its paragraph.
            int paragraphEnd = text.indexOf("\n\n", ticks.end());
            // Searched within the paragraph only: unmatched runs of every length cost no more than that.
            Matcher closing = Pattern.compile("(?<!`)" + run + "(?!`)").matcher(text)
                    .region(ticks.end(), paragraphEnd < 0 ? text.length() : paragraphEnd);
            if (closing.find()) {
                ranges.add(new int[] {open, closing.end()});
                from = closing.end();
            } else {
                from = ticks.end();
            }
        }
        return new CodeRanges(ranges);
    }

    boolean contains(int offset) {
        return inside(ranges, offset);
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        return ranges.stream().anyMatch(range -> offset >= range[0] && offset < range[1]);
    }
}
