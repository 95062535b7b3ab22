package dossier.content;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.yaml.YamlDocument;

/**
 * One record: a YAML file {@code content/<collection>/<id>.yaml}.
 *
 * @param file     the path shown in messages, relative to the site root
 * @param source   path relative to the site root, for change tracking
 * @param document the parsed file with positions
 */
public record Record(String collection, String id, String file, YamlDocument document) {
    /** The field, allowed in every record whatever its schema, that lists the record's old URLs. */
    public static final String ALIASES = "aliases";
    /** The field, allowed in every record whatever its schema, that keeps a record out of the published site. */
    public static final String DRAFT = "draft";
    /**
     * The field, allowed in every record whatever its schema, that gives the record its colour in
     * every chart that shows it as a series or category ("#0072B2").
     */
    public static final String COLOUR = "colour";
    /** A CSS hex colour: #rgb or #rrggbb. */
    public static final java.util.regex.Pattern HEX_COLOUR = java.util.regex.Pattern.compile(
            "#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    public JsonNode fields() {
        return document.root();
    }

    /** The record's display name: the collection's title field, else "title" or "name", else the id. */
    public String title(String titleField) {
        for (String field : new String[] {titleField, "title", "name"}) {
            JsonNode value = fields().path(field);
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return id;
    }

    /** The record's own chart colour ({@code colour:}), when it names a valid one. */
    public java.util.Optional<String> colour() {
        JsonNode colour = fields().path(COLOUR);
        return colour.isTextual() && HEX_COLOUR.matcher(colour.asText()).matches()
                ? java.util.Optional.of(colour.asText()) : java.util.Optional.empty();
    }

    /** {@code draft: true}: {@code serve} shows the record, {@code build} and {@code check} leave it out. */
    public boolean isDraft() {
        return fields().path(DRAFT).booleanValue();
    }

    /** Old URLs of this record ({@code aliases:}, a field every collection accepts). */
    public java.util.List<Alias> aliases() {
        return aliases(document);
    }

    /** The {@code aliases:} of a record or a page's front matter, with their positions. */
    static java.util.List<Alias> aliases(YamlDocument document) {
        java.util.List<Alias> aliases = new java.util.ArrayList<>();
        JsonNode list = document.root().path(ALIASES);
        for (int i = 0; i < list.size(); i++) {
            aliases.add(new Alias(list.get(i).asText(), document.valueAt("/" + ALIASES + "/" + i)));
        }
        return aliases;
    }

    /** "collection/id", the key used by references and {@code ref:} links. */
    public String key() {
        return collection + "/" + id;
    }
}
