package dossier.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.config.CollectionConfig;
import dossier.io.SourceText;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.schema.RecordSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a collection's JSON Schema from {@code content/}. */
final class SchemaLoader {
    private static final int MAX_REMEMBERED = 64;

    private final ObjectMapper json = new ObjectMapper();
    /** Compiled schemas by their text: a loader used for many builds ({@code serve}) compiles each once. */
    private final Map<String, RecordSchema> compiled = new ConcurrentHashMap<>();

    Optional<RecordSchema> load(Path root, CollectionConfig collection, Problems problems) {
        String shown = "content/" + collection.schema();
        Path file = root.resolve("content").resolve(collection.schema()).normalize();
        if (!file.startsWith(root.resolve("content")) || !Files.isRegularFile(file)) {
            problems.add(Problem.at(collection.declaredAt(),
                    "collection \"" + collection.name() + "\" has no schema at " + shown,
                    "create " + shown + " (a JSON Schema, draft 2020-12) or set `schema:` to its path"));
            return Optional.empty();
        }
        SourceText.Result text = SourceText.read(file, shown);
        if (text instanceof SourceText.Unreadable unreadable) {
            problems.add(unreadable.problem());
            return Optional.empty();
        }
        String source = ((SourceText.Text) text).text();
        RecordSchema known = compiled.get(source);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            JsonNode node = json.readTree(source);
            if (!node.isObject()) {
                problems.add(Problem.inFile(shown, "a schema must be a JSON object", "start it with `{`"));
                return Optional.empty();
            }
            RecordSchema schema = new RecordSchema(node);
            if (compiled.size() >= MAX_REMEMBERED) {
                compiled.clear(); // edited over and over in one session: start again
            }
            compiled.put(source, schema);
            return Optional.of(schema);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            problems.add(new Problem(shown, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "check commas, quotes and brackets near this position"));
        } catch (RuntimeException e) {
            problems.add(Problem.inFile(shown, "not a usable JSON Schema: " + e.getMessage(),
                    "check it against draft 2020-12"));
        }
        return Optional.empty();
    }
}
