package dossier.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Another schema file that a schema refers to ({@code "$ref": "common.schema.json#/$defs/date"}).
 *
 * @param path   where it lies relative to the referring schema's folder, with "/" ({@code common.schema.json})
 * @param source its JSON as written
 */
public record SchemaFile(String path, JsonNode source) {
}
