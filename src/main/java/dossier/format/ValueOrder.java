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
        int byKind = Integer.compare(rank(a), rank(b));
        if (byKind != 0) {
            return byKind;
        }
        return switch (rank(a)) {
            case 0 -> number(a).compareTo(number(b));
            case 1 -> date(a).compareTo(date(b));
            case 2 -> {
                int folded = a.asText().toLowerCase(Locale.ROOT).compareTo(b.asText().toLowerCase(Locale.ROOT));
                yield folded != 0 ? folded : a.asText().compareTo(b.asText());
            }
            default -> 0;
        };
    }

    private static int rank(JsonNode value) {
        if (number(value) != null) {
            return 0;
        }
        if (!date(value).isEmpty()) {
            return 1;
        }
        return value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? 2 : 3;
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
