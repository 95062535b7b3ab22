package dossier.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A top-level property of a collection's schema, as the built-in templates label and format it.
 *
 * @param title  the schema's {@code title}, else the key made readable ({@code capacity_mw}: "Capacity mw")
 * @param type   the JSON type after following a local {@code $ref}: string, integer, number, boolean,
 *               array, object, or "" when the schema does not say
 * @param ref    the collection an {@code x-ref} names, on the property or its items; "" for none
 * @param filter whether a table can filter by it: a value from a short list (enum, boolean, reference)
 */
public record SchemaField(String name, String title, String type, String ref, boolean filter) {

    public boolean scalar() {
        return List.of("string", "integer", "number", "boolean").contains(type);
    }

    /** The top-level properties of {@code schema}, in the order the schema lists them. */
    public static List<SchemaField> of(JsonNode schema) {
        List<SchemaField> fields = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(entry -> {
            JsonNode property = resolved(schema, entry.getValue());
            JsonNode items = resolved(schema, property.path("items"));
            String ref = property.path("x-ref").isTextual() ? property.path("x-ref").asText()
                    : items.path("x-ref").asText("");
            String type = type(property);
            boolean filter = !ref.isEmpty() || type.equals("boolean") || property.has("enum") || items.has("enum");
            JsonNode title = property.path("title");
            fields.add(new SchemaField(entry.getKey(),
                    title.isTextual() && !title.asText().isBlank() ? title.asText() : readable(entry.getKey()),
                    type, ref, filter));
        });
        return List.copyOf(fields);
    }

    /** {@code capacity_mw} → "Capacity mw", {@code recipientBody} → "Recipient body". */
    public static String readable(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip()
                .toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? key : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A property that is only a local {@code $ref} ("#/$defs/when") stands for what it names; titles stay its own. */
    private static JsonNode resolved(JsonNode schema, JsonNode property) {
        String ref = property.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return property;
        }
        JsonNode target;
        try {
            target = schema.at(ref.substring(1));
        } catch (IllegalArgumentException e) {
            return property; // not a JSON Pointer: the schema check reports it
        }
        if (target.isMissingNode() || !target.isObject() || !property.isObject()) {
            return property;
        }
        ObjectNode merged = ((ObjectNode) target).deepCopy();
        merged.remove("title");
        property.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
        return merged;
    }

    private static String type(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode one : type) {
            if (!one.asText().equals("null")) {
                return one.asText();
            }
        }
        if (property.has("properties")) {
            return "object";
        }
        return property.has("items") ? "array" : "";
    }
}
