package dossier.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A field's value in words, as a history page states what changed: an amount as the record words
 * it ("$4.5 million"), a date or period as {@link Figures} writes it, a citation as its source and
 * locator, a list item by item.
 */
public final class FieldText {
    private FieldText() {}

    public static String of(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            return String.join("; ", items(value));
        }
        if (value.isObject()) {
            return object(value);
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "yes" : "no";
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.asText();
    }

    /** Each item of a list in words. */
    public static List<String> items(JsonNode list) {
        List<String> items = new ArrayList<>();
        list.forEach(item -> items.add(of(item)));
        return items;
    }

    /** "capacity_mw" → "Capacity mw": a key made readable when the schema gives no title. */
    public static String label(String key) {
        String words = key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip();
        if (words.isEmpty()) {
            return key;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String object(JsonNode value) {
        if (value.path("text").isTextual()) {
            return value.path("text").asText();
        }
        if (value.has("value") && value.has("currency")) {
            return Figures.money(value);
        }
        if (value.has("start")) {
            return Figures.when(value);
        }
        if (value.has("source")) {
            String locator = value.path("locator").asText("");
            return value.path("source").asText() + (locator.isEmpty() ? "" : " (" + locator + ")");
        }
        List<String> parts = new ArrayList<>();
        value.fields().forEachRemaining(field -> parts.add(label(field.getKey()) + ": " + of(field.getValue())));
        return String.join(", ", parts);
    }
}
