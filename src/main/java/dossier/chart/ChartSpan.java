package dossier.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The years a value of a span chart covers, both included: 1993 to 2008 for "1993–2008", 2002 to
 * 2002 for "2002" or "April 2002". A bar is drawn from the start of {@code first} to the end of
 * {@code last}, so a single year is a bar one year long, not a point.
 */
public record ChartSpan(int first, int last) {

    /** The span of a date ("2009-04") or a period object ({start, end}); empty when it names no year. */
    static Optional<ChartSpan> of(JsonNode when) {
        String start = when.isObject() ? when.path("start").asText("") : when.asText("");
        String end = when.isObject() ? when.path("end").asText(start) : start;
        if (!start.matches("\\d{4}.*") || !end.matches("\\d{4}.*")) {
            return Optional.empty();
        }
        int first = Integer.parseInt(start.substring(0, 4));
        return Optional.of(new ChartSpan(first, Math.max(first, Integer.parseInt(end.substring(0, 4)))));
    }

    /** Where the bar ends on a year axis: the end of its last year. */
    public int drawnEnd() {
        return last + 1;
    }
}
