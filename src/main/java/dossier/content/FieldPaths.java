package dossier.content;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Dotted field paths ("usd.value") looked up in a JSON Schema, following local $refs. */
public final class FieldPaths {
    private static final int MAX_DEPTH = 6;

    private FieldPaths() {}

    /** The schema of the field at {@code path}, starting from {@code schema}. */
    public static Optional<JsonNode> find(JsonNode root, JsonNode schema, String path) {
        if (hasEmptySegment(path)) {
            return Optional.empty();
        }
        JsonNode current = schema;
        for (String part : path.split("\\.")) {
            current = resolve(root, current).path("properties").path(part);
            if (current.isMissingNode()) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    /** Whether a dotted path has an empty part ("", ".", "kind.", "a..b"), which names no field. */
    public static boolean hasEmptySegment(String path) {
        return java.util.Arrays.asList(path.split("\\.", -1)).contains("");
    }

    /** Follows a local {@code $ref} ("#/$defs/money"). */
    public static JsonNode resolve(JsonNode root, JsonNode schema) {
        return dossier.schema.LocalRefs.resolve(root, schema);
    }

    /** Every dotted path the schema defines, for suggestions. */
    public static List<String> all(JsonNode root, JsonNode schema) {
        List<String> paths = new ArrayList<>();
        collect(root, schema, "", paths, 0);
        return paths;
    }

    private static void collect(JsonNode root, JsonNode schema, String prefix, List<String> paths, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        JsonNode properties = resolve(root, schema).path("properties");
        Iterator<String> names = properties.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            paths.add(path);
            collect(root, properties.path(name), path, paths, depth + 1);
        }
    }

    /** The JSON Pointer of a dotted path: "usd.value" is "/usd/value". */
    public static String pointer(String path) {
        return "/" + String.join("/", java.util.Arrays.stream(path.split("\\.", -1)).map(YamlDocument::segment)
                .toList());
    }
}
