package dossier.content;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.schema.DidYouMean;
import dossier.schema.RecordSchema;
import dossier.yaml.YamlDocument;
import dossier.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Reads chart specs and checks that their collection and every field they name exist. */
final class ChartReader {
    private final YamlReader yaml;
    private final RecordSchema chartSchema;

    ChartReader(YamlReader yaml, RecordSchema chartSchema) {
        this.yaml = yaml;
        this.chartSchema = chartSchema;
    }

    Optional<ChartSpec> read(Path root, Path file, List<Collection> collections, Problems problems) {
        String shown = Problem.display(root, file);
        String name = file.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        if (!ContentLoader.ID.matcher(id).matches()) {
            problems.add(Problem.inFile(shown, "the chart id \"" + id + "\" (its file name) is not allowed",
                    "use lowercase letters, digits and hyphens"));
            return Optional.empty();
        }
        Optional<YamlDocument> document = yaml.readFile(file, shown, problems);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        List<Problem> invalid = chartSchema.check(document.get());
        if (!invalid.isEmpty()) {
            problems.addAll(invalid);
            return Optional.empty();
        }
        ChartSpec spec = new ChartSpec(id, shown, document.get());
        Optional<Collection> collection = collections.stream().filter(c -> c.name().equals(spec.collection()))
                .findFirst();
        if (collection.isEmpty()) {
            problems.add(Problem.at(spec.document().valueAt("/collection"),
                    "unknown collection \"" + spec.collection() + "\"",
                    hintOr(DidYouMean.hint(spec.collection(), collections.stream().map(Collection::name).toList()),
                            "name a collection declared in content/dossier.yaml")));
            return Optional.empty();
        }
        if (collection.get().schema() == null) {
            return Optional.empty();
        }
        JsonNode schema = collection.get().schema().source();
        Optional<JsonNode> eachField = spec.each().flatMap(each -> FieldPaths.find(schema, schema, each));
        if (spec.each().isPresent() && eachField.isEmpty()) {
            problems.add(unknown(spec, "/each", spec.each().get(), schema, schema, collection.get()));
            return Optional.empty();
        }
        JsonNode rowSchema = eachField.map(node -> FieldPaths.resolve(schema, node).path("items")).orElse(schema);
        if (rowSchema.isMissingNode()) {
            problems.add(Problem.at(spec.document().valueAt("/each"),
                    "\"" + spec.each().get() + "\" is not a list field of \"" + collection.get().name() + "\" records",
                    "each names a field whose schema is an array; leave each out to plot one row per record"));
            return Optional.empty();
        }
        List<Problem> fields = new ArrayList<>();
        checkField(spec, "/x", spec.x(), schema, rowSchema, collection.get(), fields);
        spec.series().ifPresent(f -> checkField(spec, "/series", f, schema, rowSchema, collection.get(), fields));
        spec.value().ifPresent(f -> checkField(spec, "/value", f, schema, rowSchema, collection.get(), fields));
        if (fields.isEmpty()) {
            spec.value().flatMap(f -> notNumeric(spec, f, schema, rowSchema, collection.get())).ifPresent(fields::add);
        }
        if (fields.isEmpty() && spec.isSpan()) {
            fields.addAll(SpanChecks.check(spec, schema, rowSchema));
        }
        spec.label().ifPresent(f -> checkField(spec, "/label", f, schema, rowSchema, collection.get(), fields));
        List<JsonNode> filters = spec.filters();
        for (int i = 0; i < filters.size(); i++) {
            checkField(spec, "/filters/" + i + "/field", filters.get(i).path("field").asText(), schema, rowSchema,
                    collection.get(), fields);
        }
        problems.addAll(fields);
        return fields.isEmpty() ? Optional.of(spec) : Optional.empty();
    }

    private static void checkField(ChartSpec spec, String pointer, String field, JsonNode root, JsonNode rowSchema,
                                   Collection collection, List<Problem> problems) {
        if (!field.equals(ChartSpec.RECORD) && FieldPaths.find(root, rowSchema, field).isEmpty()) {
            problems.add(unknown(spec, pointer, field, root, rowSchema, collection));
        }
    }

    /** A value that is not a number would be summed as 0: every bar of the chart would show nothing. */
    private static Optional<Problem> notNumeric(ChartSpec spec, String field, JsonNode root, JsonNode rowSchema,
                                                Collection collection) {
        String type = field.equals(ChartSpec.RECORD) ? ""
                : FieldPaths.find(root, rowSchema, field).map(node -> typeOf(root, node)).orElse("");
        if (type.isEmpty() || isNumber(type)) {
            return Optional.empty(); // a type the schema leaves open is trusted
        }
        List<String> numbers = FieldPaths.all(root, rowSchema).stream()
                .filter(path -> isNumber(FieldPaths.find(root, rowSchema, path).map(node -> typeOf(root, node))
                        .orElse("")))
                .limit(3).toList();
        String article = "aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
        return Optional.of(Problem.at(spec.document().valueAt("/value"),
                "\"" + field + "\" is " + article + type + " field of \"" + collection.name()
                        + "\" records, and a chart's value must be a number",
                (numbers.isEmpty() ? "name a field whose schema type is number or integer"
                        : "name a number field (" + String.join(", ", numbers) + ")")
                        + ", or leave value out to count the records"));
    }

    private static boolean isNumber(String type) {
        return type.equals("number") || type.equals("integer");
    }

    /** The JSON type a field's schema gives it, null aside ("string", "number"); empty when it is open. */
    private static String typeOf(JsonNode root, JsonNode field) {
        JsonNode type = FieldPaths.resolve(root, field).path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        List<String> types = new ArrayList<>();
        type.forEach(one -> {
            if (!one.asText().equals("null")) {
                types.add(one.asText());
            }
        });
        if (!types.isEmpty() && types.stream().allMatch(ChartReader::isNumber)) {
            return "number";
        }
        return types.size() == 1 ? types.get(0) : "";
    }

    private static Problem unknown(ChartSpec spec, String pointer, String field, JsonNode root, JsonNode rowSchema,
                                   Collection collection) {
        TreeSet<String> known = new TreeSet<>(FieldPaths.all(root, rowSchema));
        if (FieldPaths.hasEmptySegment(field)) {
            return Problem.at(spec.document().valueAt(pointer),
                    "the field path \"" + field + "\" has an empty part",
                    "write dotted field names with no leading, trailing or doubled dot, such as "
                            + String.join(", ", known.stream().limit(3).toList()));
        }
        return Problem.at(spec.document().valueAt(pointer),
                "\"" + field + "\" is not a field of \"" + collection.name() + "\" records",
                hintOr(DidYouMean.hint(field, known), "fields are dotted paths such as " + String.join(", ",
                        known.stream().limit(6).toList())));
    }

    private static String hintOr(String hint, String otherwise) {
        return hint.isEmpty() ? otherwise : hint;
    }
}
