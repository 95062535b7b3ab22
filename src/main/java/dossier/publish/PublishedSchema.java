package dossier.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.config.SiteConfig;
import dossier.content.Collection;
import dossier.content.ContentLoader;
import dossier.schema.SchemaFile;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema published as {@code /data/<name>.schema.json}: it describes exactly the file
 * {@code /data/<name>.json}, an array of the collection's records, each with the id and the page
 * address the download adds, so that stock draft 2020-12 validators in their default modes (ajv's
 * strict mode, networknt) accept the file against it. The dossier's own schema is embedded, made
 * portable, as {@code $defs/record}, with the other schema files it refers to (a bundle, as draft
 * 2020-12 calls it).
 */
final class PublishedSchema {
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final String RECORD = "/$defs/record";

    private PublishedSchema() {
    }

    /**
     * The field of each downloaded record that holds its page's address: {@code url}, unless the
     * collection uses that name for data of its own (a source's web address), which the download
     * must not overwrite; then {@code pageUrl}.
     */
    static String pageField(Collection collection) {
        String field = "url";
        for (int n = 1; taken(collection, field); n++) {
            field = n == 1 ? "pageUrl" : "pageUrl" + n;
        }
        return field;
    }

    private static boolean taken(Collection collection, String field) {
        return collection.schema().source().path("properties").has(field)
                || collection.records().stream().anyMatch(record -> record.fields().has(field));
    }

    public static ObjectNode of(Collection collection, SiteConfig config) {
        String pageField = pageField(collection);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode record = (ObjectNode) PortableSchema.at(RECORD, collection.schema().source(),
                collection.schema()::namesItself);

        // The download adds two fields; they come first, as in the file.
        ObjectNode properties = nodes.objectNode();
        properties.putObject("id")
                .put("type", "string")
                .put("pattern", "^" + ContentLoader.ID.pattern() + "$")
                .put("description", "The record's id: the name of its file in content/" + collection.name()
                        + "/, and the last part of its page's address.");
        properties.putObject(pageField)
                .put("type", "string")
                .put("format", "uri")
                .put("description", "The address of the record's page in the dossier.");
        record.path("properties").properties().forEach(field -> properties.putIfAbsent(field.getKey(), field.getValue()));
        record.set("properties", properties);
        Set<String> required = new LinkedHashSet<>(List.of("id", pageField));
        record.path("required").forEach(name -> required.add(name.asText()));
        ArrayNode requiredList = record.putArray("required");
        required.forEach(requiredList::add);

        String json = "/" + DataExports.files(collection.name()).get(0);
        String schema = "/" + DataExports.files(collection.name()).get(2);
        ObjectNode published = nodes.objectNode();
        published.put("$schema", DIALECT);
        published.put("$id", config.absolute(schema));
        published.put("title", collection.config().title() + ": the data download");
        published.put("description", "The file " + config.absolute(json) + ": every record of the collection \""
                + collection.name() + "\" in the order of their ids, each as the dossier holds it (see "
                + RECORD.substring(1) + "), with its id and the address of its page (" + pageField + ").");
        published.put("type", "array");
        published.putObject("items").put("$ref", "#" + RECORD);
        ObjectNode definitions = published.putObject("$defs");
        definitions.set("record", record);
        // Other schema files the record's schema refers to travel along, each an embedded resource whose
        // $id is the address its reference resolves to from here: a reader needs no other download.
        for (SchemaFile file : collection.schema().referencedFiles()) {
            ObjectNode resource = nodes.objectNode().put("$id", URI.create(published.path("$id").asText())
                    .resolve(file.path()).toString());
            JsonNode portable = PortableSchema.at("", file.source(), reference -> false);
            if (portable instanceof ObjectNode object) {
                resource.setAll(object);
            } else if (!portable.asBoolean()) {
                resource.putObject("not"); // the schema false: nothing is valid
            }
            definitions.set(file.path().equals("record") ? "./record" : file.path(), resource);
        }
        return published;
    }
}
