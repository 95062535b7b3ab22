package dossier.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order of a field's values as people expect it: numbers (and amounts, counts) by size, dates
 * by {@link DateOrder}, then text alphabetically; a value that is missing or empty comes last. One
 * order for a collection's {@code sortBy}, its table's columns and the timeline.
 */
public final class ValueOrder {
    /** Orders values of one field: numbers, then dates, then text, then nothing. */
    public static final Comparator<JsonNode> FIELD = ValueOrder::compare;

    private ValueOrder() {}

    /**
     * What a table sorts a cell by (its {@code data-sort}): a number as plain digits, a date's
     * {@link DateOrder} key; empty for text, which sorts by what it reads, and for no value.
     */
    public static String key(JsonNode value) {
        BigDecimal number = number(value);
        if (number != null) {
            return number.stripTrailingZeros().toPlainString();
        }
        return date(value);
    }

    private static int compare(JsonNode a, JsonNode b) {
        return place(a).compareTo(place(b));
    }

    /**
     * Where a value stands in {@link #FIELD}'s order, worked out once: a sort of many values compares
     * their places rather than reading each value again at every comparison.
     */
    public static Place place(JsonNode value) {
        BigDecimal number = number(value);
        if (number != null) {
            return new Place(0, number, "", "");
        }
        String date = date(value);
        if (!date.isEmpty()) {
            return new Place(1, null, date, "");
        }
        boolean text = value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank();
        return text ? new Place(2, null, "", value.asText()) : new Place(3, null, "", "");
    }

    /** A value's kind (0 a number, 1 a date, 2 text, 3 nothing) and what it is compared by within it. */
    public record Place(int rank, BigDecimal number, String date, String text) implements Comparable<Place> {
        @Override
        public int compareTo(Place other) {
            int byKind = Integer.compare(rank, other.rank);
            if (byKind != 0) {
                return byKind;
            }
            return switch (rank) {
                case 0 -> number.compareTo(other.number);
                case 1 -> date.compareTo(other.date);
                case 2 -> {
                    int folded = text.toLowerCase(Locale.ROOT).compareTo(other.text.toLowerCase(Locale.ROOT));
                    yield folded != 0 ? folded : text.compareTo(other.text);
                }
                default -> 0;
            };
        }
    }

    /** A number, or the value of an amount or count ({@code {value, ...}}); null otherwise. */
    private static BigDecimal number(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        JsonNode inner = value.path("value");
        return value.isObject() && inner.isNumber() ? inner.decimalValue() : null;
    }

    /** A date object's or a date text's key; empty for anything else. */
    private static String date(JsonNode value) {
        if (value == null) {
            return "";
        }
        if (value.isObject() && value.path("start").isTextual()) {
            return DateOrder.key(value);
        }
        return value.isTextual() ? DateOrder.key(value.asText()) : "";
    }
}
