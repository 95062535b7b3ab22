package dossier.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.link.ReferenceFinder;
import dossier.yaml.YamlDocument;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A copy of a dossier's schema that any draft 2020-12 validator accepts in its strictest default
 * mode, to be embedded at a JSON Pointer of another document. A dossier's schema may carry keywords
 * of its own ({@code x-ref}, which {@link ReferenceFinder} reads); ajv's strict mode refuses any
 * keyword it does not know, so the copy keeps only the keywords of the 2020-12 vocabularies and
 * says what {@code x-ref} meant in a {@code $comment}. Its local references ({@code "#/$defs/x"})
 * are re-rooted to where the copy stands; ajv does not know {@code $anchor} either, so a reference to
 * an anchor ({@code "#name"}) becomes a reference to the place of the anchored schema.
 */
final class PortableSchema {
    /** The keywords of draft 2020-12's vocabularies, without {@code $anchor}, which ajv does not know. */
    private static final Set<String> KEYWORDS = Set.of(
            // core
            "$schema", "$id", "$ref", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
            // applicator and unevaluated
            "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
            "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
            "unevaluatedItems", "unevaluatedProperties",
            // validation
            "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains",
            "minContains", "maxProperties", "minProperties", "required", "dependentRequired",
            // meta-data, format and content
            "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
            "contentEncoding", "contentMediaType", "contentSchema",
            // earlier drafts' names that the 2020-12 meta-schema still allows
            "definitions", "dependencies");

    /** Keywords whose value is one schema. */
    private static final Set<String> ONE = Set.of("items", "contains", "additionalProperties", "propertyNames",
            "if", "then", "else", "not", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    /** Keywords whose value is a list of schemas. */
    private static final Set<String> LIST = Set.of("prefixItems", "allOf", "anyOf", "oneOf");
    /** Keywords whose value maps names to schemas ({@code dependencies} may also map to lists of names). */
    private static final Set<String> MAP = Set.of("properties", "patternProperties", "dependentSchemas", "$defs",
            "definitions", "dependencies");
    private static final Set<String> REFERENCES = Set.of("$ref", "$dynamicRef");

    /** Anchor names of the copied schema and where they stand in it, as JSON Pointers. */
    private final Map<String, String> anchors = new HashMap<>();

    /** Whether a reference names the copied schema's own file, by the file's name. */
    private final Predicate<String> namesItself;

    private PortableSchema(JsonNode schema, Predicate<String> namesItself) {
        this.namesItself = namesItself;
        findAnchors(schema, "");
    }

    /**
     * The copy of {@code schema} to place at {@code pointer} (such as {@code /$defs/record}) in another
     * document: without its own {@code $schema} and {@code $id} (the document's root has them), only
     * standard keywords, and its pointer references prefixed with {@code pointer}. A reference to
     * its own file by name ({@code "places.schema.json#/$defs/x"}) becomes local too: in the new
     * document the name would lead elsewhere.
     */
    static JsonNode at(String pointer, JsonNode schema, Predicate<String> namesItself) {
        if (!(schema instanceof ObjectNode object)) {
            return schema.deepCopy(); // true or false
        }
        ObjectNode own = object.deepCopy();
        own.remove("$schema");
        own.remove("$id");
        return new PortableSchema(own, namesItself).resource(own, pointer);
    }

    /** A schema resource: its "#..." references resolve within it, which stands at {@code root}. */
    private JsonNode resource(JsonNode schema, String root) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            if (keyword.equals(ReferenceFinder.KEYWORD) && value.isTextual()) {
                comment(copy, "the id of a record of the collection \"" + value.asText() + "\" (" + value.asText()
                        + ".json beside this file); the dossier's own schema says \"x-ref\": \"" + value.asText() + "\"");
            } else if (!KEYWORDS.contains(keyword)) {
                continue; // a dossier's or an editor's extension: no meaning for other readers
            } else if (REFERENCES.contains(keyword) && value.isTextual()) {
                copy.put(keyword, reRooted(value.asText(), root));
            } else if (ONE.contains(keyword)) {
                copy.set(keyword, copy(value, root));
            } else if (LIST.contains(keyword) && value.isArray()) {
                ArrayNode list = copy.putArray(keyword);
                value.forEach(item -> list.add(copy(item, root)));
            } else if (MAP.contains(keyword) && value.isObject()) {
                ObjectNode map = copy.putObject(keyword);
                value.properties().forEach(entry -> map.set(entry.getKey(),
                        entry.getValue().isArray() ? entry.getValue().deepCopy() : copy(entry.getValue(), root)));
            } else if (keyword.equals("$comment") && copy.has("$comment")) {
                comment(copy, value.asText());
            } else {
                copy.set(keyword, value.deepCopy());
            }
        }
        return copy;
    }

    private JsonNode copy(JsonNode schema, String root) {
        if (!schema.isObject()) {
            return schema.deepCopy(); // true or false
        }
        // An embedded resource with an $id of its own resolves its "#..." against itself.
        return schema.has("$id") ? new PortableSchema(schema, reference -> false).resource(schema, "")
                : resource(schema, root);
    }

    /** "#", "#/..." and "#anchor" name places in this schema, now below {@code root}; other files stay. */
    private String reRooted(String written, String root) {
        String reference = namesItself.test(written)
                ? (written.contains("#") ? written.substring(written.indexOf('#')) : "#") : written;
        if (reference.equals("#") || reference.startsWith("#/")) {
            return "#" + root + reference.substring(1);
        }
        String anchor = reference.startsWith("#") ? anchors.get(reference.substring(1)) : null;
        return anchor == null ? reference : "#" + root + anchor;
    }

    private void findAnchors(JsonNode schema, String pointer) {
        if (!schema.isObject() || !pointer.isEmpty() && schema.has("$id")) {
            return; // true, false, or an embedded resource, whose anchors are its own
        }
        if (schema.path("$anchor").isTextual()) {
            anchors.putIfAbsent(schema.path("$anchor").asText(), pointer);
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String at = pointer + "/" + YamlDocument.segment(field.getKey());
            JsonNode value = field.getValue();
            if (ONE.contains(field.getKey())) {
                findAnchors(value, at);
            } else if (LIST.contains(field.getKey())) {
                for (int i = 0; i < value.size(); i++) {
                    findAnchors(value.get(i), at + "/" + i);
                }
            } else if (MAP.contains(field.getKey())) {
                value.properties().forEach(entry ->
                        findAnchors(entry.getValue(), at + "/" + YamlDocument.segment(entry.getKey())));
            }
        }
    }

    private static void comment(ObjectNode schema, String text) {
        String before = schema.path("$comment").asText("");
        schema.put("$comment", before.isEmpty() ? text : before + "; " + text);
    }
}
