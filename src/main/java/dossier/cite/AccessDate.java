package dossier.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * The date a reader read the page, which only the reader's browser knows. Items are rendered with a
 * sentinel access date; where a style prints it, the date becomes a
 * {@code <span class="cite-accessed">} that asks the reader for the date, and that the site script
 * fills with today's date in the style's own form: {@code template} with {y}, {m} and {d} (for
 * example "{m} {d}, {y}"), the month written as {@code months} gives it.
 *
 * @param sentinel how the style prints the sentinel date; empty when the style prints no access date
 */
public record AccessDate(String sentinel, String template, List<String> months) {
    static final int YEAR = 1111;
    static final int DAY = 22;
    /** What a reader without JavaScript reads in place of the date. */
    public static final String ASK = "[the date you read this]";

    public AccessDate {
        months = List.copyOf(months);
    }

    static final AccessDate NONE = new AccessDate("", "", List.of());

    /** The item with the sentinel access date. */
    static CSLItemData withSentinel(CSLItemData item) {
        return new CSLItemDataBuilder(item).accessed(YEAR, 12, DAY).build();
    }

    /** The item's entry with the style's access date made a span the browser fills in. */
    String mark(String html) {
        int at = sentinel.isEmpty() ? -1 : html.indexOf(sentinel);
        if (at < 0) {
            return html;
        }
        return html.substring(0, at) + "<span class=\"cite-accessed\" data-template=\"" + Entities.escape(template)
                + "\" data-months=\"" + Entities.escape(String.join("|", months)) + "\">" + Entities.escape(ASK)
                + "</span>" + html.substring(at + sentinel.length());
    }

    /**
     * Learns how a style prints an access date, from an undated web page read in each month: the
     * part that differs between the twelve is the month; the sentinel's year and day stand around it.
     */
    static AccessDate probe(Function<CSLItemData, String> render) {
        List<String> texts = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            texts.add(render.apply(new CSLItemDataBuilder().id("probe").type(CSLType.WEBPAGE).title("Probe")
                    .URL("https://probe.invalid/").accessed(YEAR, month, DAY).build()));
        }
        if (!texts.get(11).contains(String.valueOf(YEAR))) {
            return NONE;
        }
        int prefix = commonPrefix(texts);
        int suffix = commonSuffix(texts);
        List<String> months = texts.stream().map(t -> t.substring(prefix, t.length() - suffix)).toList();
        String december = texts.get(11);
        int monthEnd = december.length() - suffix;
        // The day and the year stand beside the month or each other ("December 22, 1111", "22 Dec. 1111").
        int start = prefix;
        int end = monthEnd;
        boolean grew = true;
        List<String> missing = new ArrayList<>(List.of(String.valueOf(YEAR), String.valueOf(DAY)));
        while (grew && !missing.isEmpty()) {
            grew = false;
            for (String part : List.copyOf(missing)) {
                int at = nearest(december, part, start, end);
                if (at >= 0) {
                    start = Math.min(start, at);
                    end = Math.max(end, at + part.length());
                    missing.remove(part);
                    grew = true;
                }
            }
        }
        if (!missing.isEmpty()) {
            return NONE;
        }
        String sentinel = december.substring(start, end);
        String template = sentinel.substring(0, prefix - start) + "{m}" + sentinel.substring(monthEnd - start);
        template = template.replace(String.valueOf(YEAR), "{y}").replace(String.valueOf(DAY), "{d}");
        return new AccessDate(sentinel, template, months);
    }

    /** The occurrence of {@code part} outside [from, to) that lies closest to that range, or -1. */
    private static int nearest(String text, String part, int from, int to) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            int distance = at >= to ? at - to : at + part.length() <= from ? from - at - part.length() : -1;
            if (distance >= 0 && distance < bestDistance) {
                best = at;
                bestDistance = distance;
            }
        }
        return bestDistance <= 3 ? best : -1;
    }

    private static int commonPrefix(List<String> texts) {
        String first = texts.get(0);
        int length = first.length();
        for (String text : texts) {
            int i = 0;
            while (i < Math.min(length, text.length()) && text.charAt(i) == first.charAt(i)) {
                i++;
            }
            length = i;
        }
        return length;
    }

    private static int commonSuffix(List<String> texts) {
        List<String> reversed = texts.stream().map(t -> new StringBuilder(t).reverse().toString()).toList();
        return commonPrefix(reversed);
    }
}
