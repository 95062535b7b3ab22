package dossier.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dossier.content.Collection;
import dossier.content.FieldPaths;
import dossier.content.Record;
import dossier.io.CsvCells;
import dossier.io.Jackson;
import dossier.link.LinkedSite;
import dossier.output.OutputPaths;
import dossier.output.OutputPaths.Owner;
import dossier.output.SiteWriter;
import dossier.problem.Problem;
import dossier.schema.RecordSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes each collection as {@code /data/<name>.json}, {@code /data/<name>.csv} and the schema of the
 * JSON file as {@code /data/<name>.schema.json} ({@link PublishedSchema}): the numbers behind the
 * pages, for readers to reuse.
 */
final class DataExports implements SiteOutput {
    /** Whether a collection's download matched its schema, by a hash of both, for the builds of one builder. */
    private final dossier.io.RecentlyUsed<String, Optional<Problem>> verdicts = new dossier.io.RecentlyUsed<>(64);

    @Override
    public void claim(Path root, LinkedSite site, List<Path> templateAssets, OutputPaths paths) {
        for (Collection collection : site.collections()) {
            Owner owner = new Owner(collection.config().declaredAt(), "a data download of the collection \""
                    + collection.name() + "\"", true);
            files(collection.name()).forEach(file -> paths.claim(file, owner));
        }
    }

    @Override
    public List<Problem> write(BuiltSite site, SiteWriter out) {
        return write(site.site(), out);
    }

    /** Writes the downloads; a problem where a collection's records do not match the schema published for them. */
    List<Problem> write(LinkedSite site, SiteWriter out) {
        List<Problem> problems = new ArrayList<>();
        for (Collection collection : site.collections()) {
            List<Record> records = collection.records().stream().sorted(Comparator.comparing(Record::id)).toList();
            String pageField = PublishedSchema.pageField(collection);
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            List<Map<String, String>> rows = new ArrayList<>();
            for (Record record : records) {
                ObjectNode item = JsonNodeFactory.instance.objectNode();
                item.put("id", record.id());
                item.put(pageField, site.config().absolute(site.pathOf(record)));
                // The fields its schema checked: aliases are old addresses of the page, draft how it is
                // published and colour how charts draw it, not data.
                record.fields().properties().forEach(field -> {
                    if (!field.getKey().equals("id") && !field.getKey().equals(Record.ALIASES)
                            && !field.getKey().equals(Record.DRAFT) && !field.getKey().equals(Record.COLOUR)) {
                        item.set(field.getKey(), field.getValue());
                    }
                });
                array.add(item);
                Map<String, String> row = new LinkedHashMap<>();
                flatten("", item, row);
                rows.add(row);
            }
            List<String> files = files(collection.name());
            byte[] data = bytes(array);
            out.write(files.get(0), data);
            out.write(files.get(1), csv(rows, () -> schemaColumns(collection, pageField)));
            ObjectNode schema = PublishedSchema.of(collection, site.config());
            byte[] published = bytes(schema);
            out.write(files.get(2), published);
            verdict(collection, data, published, () -> mismatch(collection, array, schema)).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * Whether the download matches its schema, judged again only when either changed: {@code serve}
     * writes the downloads of every build, and compiling the published schema was a twentieth of a
     * rebuild that changed nothing.
     */
    private Optional<Problem> verdict(Collection collection, byte[] data, byte[] schema,
                                      java.util.function.Supplier<Optional<Problem>> judge) {
        java.security.MessageDigest digest = dossier.io.Sha256.digest();
        dossier.io.Sha256.update(digest, collection.name(), collection.schemaFile());
        dossier.io.Sha256.update(digest, schema, data);
        String key = dossier.io.Sha256.hex(digest);
        synchronized (verdicts) {
            return verdicts.computeIfAbsent(key, unknown -> judge.get());
        }
    }

    /**
     * The download adds its fields to the top level of the collection's schema; a schema whose fields
     * are declared elsewhere (a top-level "$ref" to a definition that allows no other fields) would
     * publish a schema that refuses its own data.
     */
    private static Optional<Problem> mismatch(Collection collection, ArrayNode records, ObjectNode schema) {
        List<String> violations;
        try {
            violations = new RecordSchema(schema).violations(records);
        } catch (RuntimeException e) {
            // A construct the published copy cannot carry (a reference it could not re-aim, say).
            violations = List.of("the published schema cannot be used: " + e.getMessage());
        }
        if (violations.isEmpty()) {
            return Optional.empty();
        }
        String fields = "\"id\" and \"" + PublishedSchema.pageField(collection) + "\"";
        return Optional.of(Problem.inFile(collection.schemaFile(), "the data download /" + files(collection.name())
                        .get(0) + " would not match the schema published with it: " + violations.get(0),
                "declare the record's fields in the schema's top-level \"properties\": the download adds "
                        + fields + " there, beside them"));
    }

    /** A collection's downloads: its records as JSON and CSV, and its schema. */
    static List<String> files(String collection) {
        String name = "data/" + collection;
        return List.of(name + ".json", name + ".csv", name + ".schema.json");
    }

    /** Nested objects become dotted columns; lists of values are joined with "; ". */
    private void flatten(String prefix, JsonNode node, Map<String, String> row) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(prefix.isEmpty() ? field.getKey()
                    : prefix + "." + field.getKey(), field.getValue(), row));
        } else if (node.isArray()) {
            boolean scalars = true;
            for (JsonNode item : node) {
                scalars &= item.isValueNode();
            }
            if (scalars) {
                List<String> values = new ArrayList<>();
                node.forEach(item -> values.add(item.asText()));
                row.put(prefix, String.join("; ", values));
            } else {
                row.put(prefix, text(node));
            }
        } else if (!node.isNull()) {
            row.put(prefix, node.isNumber() ? node.numberValue().toString() : node.asText());
        }
    }

    /**
     * The columns a collection's schema promises (id, the page address, then every leaf field), so that
     * a collection with no records yet still downloads as a CSV with its header.
     */
    private static List<String> schemaColumns(Collection collection, String pageField) {
        List<String> columns = new ArrayList<>(List.of("id", pageField));
        if (collection.schema() != null) {
            JsonNode schema = collection.schema().source();
            List<String> paths = FieldPaths.all(schema, schema);
            paths.stream()
                    .filter(path -> !path.equals("id") && !path.equals(Record.ALIASES))
                    .filter(path -> paths.stream().noneMatch(other -> other.startsWith(path + ".")))
                    .forEach(columns::add);
        }
        return columns;
    }

    private byte[] csv(List<Map<String, String>> fieldRows, java.util.function.Supplier<List<String>> schemaColumns) {
        // Field names head the columns, so they are cells a spreadsheet reads too.
        List<Map<String, String>> rows = fieldRows.stream().map(row -> {
            Map<String, String> cells = new LinkedHashMap<>();
            row.forEach((column, value) -> cells.put(CsvCells.inert(column), CsvCells.inert(value)));
            return cells;
        }).toList();
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        if (columns.isEmpty()) {
            schemaColumns.get().forEach(column -> columns.add(CsvCells.inert(column)));
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try {
            return Jackson.CSV_WRITER.with(schema.build()).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(JsonNode node) {
        try {
            return Jackson.JSON_WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(JsonNode node) {
        try {
            return (Jackson.JSON_INDENTED.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
