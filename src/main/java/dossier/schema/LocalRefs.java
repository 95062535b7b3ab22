package dossier.schema;

import com.fasterxml.jackson.databind.JsonNode;

/** Local {@code $ref}s of a schema ("#/$defs/money"), followed to what they point at. */
public final class LocalRefs {
    private static final int MAX_STEPS = 6;

    private LocalRefs() {}

    /**
     * The schema {@code schema} stands for, after a few steps of local references at most; a reference to
     * an anchor ("#person") is no JSON Pointer and is not followed.
     */
    public static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < MAX_STEPS && isPointer(current.path("$ref").asText("")); i++) {
            current = root.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private static boolean isPointer(String reference) {
        return reference.equals("#") || reference.startsWith("#/");
    }
}
