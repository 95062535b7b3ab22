package dossier.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dossier.content.Record;
import dossier.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the references in a record by walking its data alongside its schema: a schema node with
 * {@code "x-ref": "<collection>"} marks a value that holds the id of a record in that collection.
 * Follows {@code properties}, {@code items}, {@code oneOf}/{@code anyOf}/{@code allOf} and local
 * {@code $ref}s, so references may sit at any depth.
 */
public final class ReferenceFinder {
    public static final String KEYWORD = "x-ref";
    private static final int MAX_DEPTH = 32;

    private final JsonNode schemaRoot;

    public ReferenceFinder(JsonNode schemaRoot) {
        this.schemaRoot = schemaRoot;
    }

    public List<Reference> find(Record record) {
        List<Reference> found = new ArrayList<>();
        walk(record, schemaRoot, record.fields(), "", found, 0);
        return found.stream().distinct().toList();
    }

    /** Every collection the schema refers to, with the schema pointer where it does. */
    public static void collectTargets(JsonNode schema, String pointer, Map<String, String> targets) {
        if (schema.isObject()) {
            if (schema.path(KEYWORD).isTextual()) {
                targets.putIfAbsent(pointer + "/" + KEYWORD, schema.path(KEYWORD).asText());
            }
            Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
            while (fields.hasNext()) {
                var entry = fields.next();
                collectTargets(entry.getValue(), pointer + "/" + YamlDocument.segment(entry.getKey()), targets);
            }
        } else if (schema.isArray()) {
            for (int i = 0; i < schema.size(); i++) {
                collectTargets(schema.get(i), pointer + "/" + i, targets);
            }
        }
    }

    /** "#/$defs/x" is a JSON Pointer into this schema; "#x" names the schema whose "$anchor" is "x". */
    private JsonNode local(String reference) {
        return reference.equals("#") || reference.startsWith("#/") ? schemaRoot.at(reference.substring(1))
                : anchored(schemaRoot, reference.substring(1)).orElse(MissingNode.getInstance());
    }

    private static Optional<JsonNode> anchored(JsonNode schema, String anchor) {
        if (schema.path("$anchor").asText("").equals(anchor)) {
            return Optional.of(schema);
        }
        for (JsonNode inside : schema) {
            Optional<JsonNode> found = anchored(inside, anchor);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private void walk(Record record, JsonNode schema, JsonNode data, String pointer, List<Reference> found,
                      int depth) {
        if (depth > MAX_DEPTH || schema == null || !schema.isObject() || data.isMissingNode()) {
            return;
        }
        if (schema.path("$ref").isTextual() && schema.path("$ref").asText().startsWith("#")) {
            walk(record, local(schema.path("$ref").asText()), data, pointer, found, depth + 1);
        }
        if (schema.path(KEYWORD).isTextual() && data.isTextual()) {
            found.add(new Reference(record.key(), pointer, schema.path(KEYWORD).asText() + "/" + data.asText(),
                    record.document().valueAt(pointer)));
            return;
        }
        if (data.isObject()) {
            Iterator<String> names = data.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode property = schema.path("properties").get(name);
                if (property != null) {
                    walk(record, property, data.get(name), pointer + "/" + YamlDocument.segment(name), found,
                            depth + 1);
                }
            }
        }
        if (data.isArray() && schema.has("items")) {
            for (int i = 0; i < data.size(); i++) {
                walk(record, schema.get("items"), data.get(i), pointer + "/" + i, found, depth + 1);
            }
        }
        for (String combinator : new String[] {"oneOf", "anyOf", "allOf"}) {
            for (JsonNode branch : schema.path(combinator)) {
                walk(record, branch, data, pointer, found, depth + 1);
            }
        }
    }
}
