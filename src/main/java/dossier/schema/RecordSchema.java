package dossier.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dossier.problem.Problem;
import dossier.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON Schema (draft 2020-12) that checks YAML documents and reports each violation at the
 * position of the offending key or value, with a hint.
 */
public final class RecordSchema {
    private final JsonNode source;
    private final JsonSchema schema;
    private final List<SchemaFile> referencedFiles;
    private final Optional<URI> location;

    /** A schema shipped in the jar: it may refer only to the bundled meta-schemas. */
    public RecordSchema(JsonNode source) {
        this(source, Optional.empty(), SchemaSources.bundledOnly());
    }

    /**
     * A schema read from a file; its relative references resolve against {@code location}, and
     * every reference it makes (to other schemas, to a meta-schema) is loaded now, through
     * {@code sources} only.
     *
     * @throws SchemaSources.RefusedSource when a reference leads anywhere {@code sources} refuses
     */
    public RecordSchema(JsonNode source, URI location, SchemaSources sources) {
        this(source, Optional.of(location), sources);
    }

    private RecordSchema(JsonNode source, Optional<URI> location, SchemaSources sources) {
        this.source = source;
        this.location = location;
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true)
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.add(sources)));
        this.schema = location.map(at -> factory.getSchema(SchemaLocation.of(at.toString()), source, config))
                .orElseGet(() -> factory.getSchema(source, config));
        // Resolve every reference now, not at the first record it checks.
        this.schema.initializeValidators();
        // A reference loop ("$ref": "#") recurses only when a value is checked, whatever the value:
        // checking one now reports it once, at the schema, rather than at every record.
        this.schema.validate(com.fasterxml.jackson.databind.node.NullNode.getInstance());
        this.referencedFiles = location.map(at -> ReferencedFiles.of(source, at, sources)).orElse(List.of());
    }

    /** The other schema files this one refers to, directly or through one another. */
    public List<SchemaFile> referencedFiles() {
        return referencedFiles;
    }

    /** Whether {@code reference} ({@code "places.schema.json#/$defs/x"}) names this schema's own file. */
    public boolean namesItself(String reference) {
        try {
            return !reference.startsWith("#") && location.map(at -> ReferencedFiles.target(at, source, reference)
                    .equals(ReferencedFiles.withoutFragment(at))).orElse(false);
        } catch (IllegalArgumentException e) {
            return false; // no URI: it names nothing
        }
    }

    /** What is wrong with {@code value}, as the validator words it ("/0: property 'x' is not defined ..."). */
    public List<String> violations(JsonNode value) {
        return schema.validate(value).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The schema as written, for reference discovery and downloads. */
    public JsonNode source() {
        return source;
    }

    public List<Problem> check(YamlDocument document) {
        Set<ValidationMessage> messages;
        try {
            messages = schema.validate(document.root());
        } catch (StackOverflowError e) {
            // Java's regular expressions recurse once per repetition of a group: a pattern like
            // "^(a|b)*$" over a value of thousands of characters overflows the stack.
            return List.of(Problem.at(longestValue(document), "checking this against its schema recurses too deeply"
                    + " (a pattern with a repeated group, applied to a very long value)",
                    "shorten the long value, or write the schema's pattern without a repeated group"));
        }
        List<Problem> problems = new ArrayList<>();
        messages.stream()
                .sorted(Comparator.comparing(ValidationMessage::getMessage))
                .forEach(message -> problems.add(describe(document, message)));
        Set<String> reported = new java.util.HashSet<>();
        messages.forEach(message -> reported.add(message.getInstanceLocation().toString()));
        problems.addAll(EmptyValues.check(source, document, reported));
        return problems;
    }

    /** Where the document's longest text stands: the value a recursing pattern most likely choked on. */
    private static dossier.problem.Position longestValue(YamlDocument document) {
        return document.values().keySet().stream()
                .max(Comparator.comparingInt((String pointer) -> document.root().at(pointer).asText("").length()))
                .map(document::valueAt).orElse(document.valueAt(""));
    }

    private Problem describe(YamlDocument document, ValidationMessage message) {
        String at = message.getInstanceLocation().toString();
        String property = message.getProperty();
        String field = at.isEmpty() ? "the record" : "field \"" + readable(at) + "\"";
        return switch (message.getType()) {
            case "additionalProperties", "unevaluatedProperties" -> Problem.at(
                    document.keyAt(at + "/" + YamlDocument.segment(property)),
                    "unknown field \"" + property + "\"" + (at.isEmpty() ? "" : " in " + field),
                    unknownFieldHint(message, property));
            case "required" -> Problem.at(document.valueAt(at),
                    "missing required field \"" + property + "\"" + (at.isEmpty() ? "" : " in " + field),
                    "add `" + property + ":` with a value");
            // An empty value ("capacity:" with nothing after it) is said to be empty, not "string found".
            case "type" -> EmptyValues.isEmpty(message.getInstanceNode())
                    ? Problem.at(document.valueAt(at), field + " is empty",
                            EmptyValues.whatToWrite(message.getSchemaNode()))
                    : Problem.at(document.valueAt(at),
                    field + " has the wrong type: " + afterColon(message.getMessage()),
                    "write a value of the expected type");
            case "enum" -> Problem.at(document.valueAt(at),
                    field + " has the value " + message.getInstanceNode() + ", which is not allowed",
                    enumHint(message));
            default -> Problem.at(document.valueAt(at), EmptyValues.isEmpty(message.getInstanceNode())
                    ? field + " is empty" : field + ": " + afterColon(message.getMessage()), describedHint(message));
        };
    }

    private String unknownFieldHint(ValidationMessage message, String property) {
        Set<String> known = new TreeSet<>();
        String location = message.getSchemaLocation().getFragment().toString();
        JsonNode parent = source.at(location.substring(0, Math.max(0, location.lastIndexOf('/'))));
        parent.path("properties").fieldNames().forEachRemaining(known::add);
        String suggestion = DidYouMean.hint(property, known);
        if (!suggestion.isEmpty()) {
            return suggestion;
        }
        return known.isEmpty() ? "remove it" : "remove it or use one of: " + String.join(", ", known);
    }

    /** The schema's own description of the field is the best hint; else point at the schema. */
    private String describedHint(ValidationMessage message) {
        String location = message.getSchemaLocation().getFragment().toString();
        JsonNode parent = source.at(location.substring(0, Math.max(0, location.lastIndexOf('/'))));
        String description = parent.path("description").asText("");
        return description.isEmpty() ? "see the schema for what is allowed here" : "expected: " + description;
    }

    private static String enumHint(ValidationMessage message) {
        List<String> allowed = new ArrayList<>();
        message.getSchemaNode().forEach(value -> allowed.add(value.asText()));
        String typed = message.getInstanceNode() == null ? "" : message.getInstanceNode().asText();
        String suggestion = DidYouMean.hint(typed, allowed);
        return suggestion.isEmpty() ? "use one of: " + String.join(", ", allowed) : suggestion;
    }

    private static String afterColon(String text) {
        int colon = text.indexOf(": ");
        return colon >= 0 ? text.substring(colon + 2) : text;
    }

    /** "/participants/0/country" reads as "participants[0].country". */
    static String readable(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }
}
