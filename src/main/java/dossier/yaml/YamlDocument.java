package dossier.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.problem.Position;
import java.util.Map;

/**
 * A parsed YAML document that remembers where every value and key came from, so that schema
 * and reference errors can point at {@code file:line:column}.
 *
 * @param root   the document as a Jackson tree
 * @param values JSON Pointer of each value to the position where the value starts
 * @param keys   JSON Pointer of each object member to the position of its key
 */
public record YamlDocument(String file, JsonNode root, Map<String, Position> values, Map<String, Position> keys) {

    public YamlDocument {
        values = Map.copyOf(values);
        keys = Map.copyOf(keys);
    }

    /** Where the value at {@code pointer} starts; the nearest enclosing value when it is absent. */
    public Position valueAt(String pointer) {
        return nearest(values, pointer);
    }

    /** Where the key of the member at {@code pointer} stands; falls back to {@link #valueAt}. */
    public Position keyAt(String pointer) {
        Position key = keys.get(pointer);
        return key != null ? key : valueAt(pointer);
    }

    private Position nearest(Map<String, Position> positions, String pointer) {
        String current = pointer;
        while (true) {
            Position found = positions.get(current);
            if (found != null) {
                return found;
            }
            if (current.isEmpty()) {
                return Position.start(file);
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /** Where the first string value equal to {@code text} stands, if the document has one. */
    public java.util.Optional<Position> positionOfText(String text) {
        return values.entrySet().stream()
                .filter(value -> root.at(value.getKey()).isTextual() && root.at(value.getKey()).asText().equals(text))
                .map(Map.Entry::getValue)
                .min(java.util.Comparator.comparingInt(Position::line).thenComparingInt(Position::column));
    }

    /** The same document without one top-level field, keeping every position. */
    public YamlDocument without(String field) {
        if (!root.has(field)) {
            return this;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) root).deepCopy();
        copy.remove(field);
        return new YamlDocument(file, copy, values, keys);
    }

    /** Escapes one JSON Pointer segment (RFC 6901). */
    public static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
