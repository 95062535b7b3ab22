package dossier.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.problem.Problem;
import dossier.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Required fields left empty ({@code name:} with nothing after it, {@code ""}, {@code ~}): a schema
 * takes an empty text for a text, but a record that `dossier new` started and nobody filled in must
 * not be published with blanks. A field whose schema allows null may be null; a reference
 * ({@code x-ref}) is left to the linker, which names the records it may point at.
 */
final class EmptyValues {
    private static final int MAX_DEPTH = 32;

    private EmptyValues() {}

    /** @param reported the pointers the schema check already reported, which are not reported twice */
    static List<Problem> check(JsonNode root, YamlDocument document, Set<String> reported) {
        List<Problem> problems = new ArrayList<>();
        walk(root, root, document.root(), "", document, reported, problems, 0);
        return problems;
    }

    /** Whether a value says nothing: null, or a text of nothing but spaces. */
    static boolean isEmpty(JsonNode value) {
        return value != null && (value.isNull() || value.isTextual() && value.asText().isBlank());
    }

    /** What to write in a field of the given schema type ("number", ["string", "null"]). */
    static String whatToWrite(JsonNode type) {
        String name = type.isArray() ? firstNotNull(type) : type.asText("");
        return switch (name) {
            case "number", "integer" -> "write a number";
            case "boolean" -> "write true or false";
            case "array" -> "write a list";
            case "object" -> "write its fields";
            case "string" -> "write a text";
            default -> "write a value";
        };
    }

    private static String firstNotNull(JsonNode types) {
        for (JsonNode type : types) {
            if (!type.asText().equals("null")) {
                return type.asText();
            }
        }
        return "";
    }

    private static void walk(JsonNode root, JsonNode schema, JsonNode value, String pointer, YamlDocument document,
                             Set<String> reported, List<Problem> problems, int depth) {
        JsonNode object = LocalRefs.resolve(root, schema);
        if (depth > MAX_DEPTH || value == null) {
            return;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                walk(root, object.path("items"), value.get(i), pointer + "/" + i, document, reported, problems,
                        depth + 1);
            }
            return;
        }
        if (!value.isObject()) {
            return;
        }
        for (JsonNode name : object.path("required")) {
            String child = pointer + "/" + YamlDocument.segment(name.asText());
            JsonNode property = LocalRefs.resolve(root, object.path("properties").path(name.asText()));
            JsonNode given = value.get(name.asText());
            if (isEmpty(given) && !reported.contains(child) && !property.has("x-ref")
                    && !(given.isNull() && allowsNull(property.path("type")))) {
                problems.add(Problem.at(document.valueAt(child), "the required field \""
                        + RecordSchema.readable(child) + "\" is empty", whatToWrite(property.path("type"))));
            }
        }
        object.path("properties").fields().forEachRemaining(field -> walk(root, field.getValue(),
                value.get(field.getKey()), pointer + "/" + YamlDocument.segment(field.getKey()), document, reported,
                problems, depth + 1));
    }

    private static boolean allowsNull(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (one.asText().equals("null")) {
                    return true;
                }
            }
        }
        return type.asText("").equals("null");
    }

}
