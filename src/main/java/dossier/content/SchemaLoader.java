package dossier.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dossier.config.CollectionConfig;
import dossier.io.Jackson;
import dossier.io.RealPaths;
import dossier.io.SourceText;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.problem.Position;
import dossier.schema.RecordSchema;
import dossier.schema.SchemaSources;
import dossier.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reads a collection's JSON Schema from {@code content/}. */
final class SchemaLoader {
    private static final int MAX_REMEMBERED = 64;

    /** JSON is YAML: the YAML reader gives the positions of a schema's members. */
    private final YamlReader yaml = new YamlReader();
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
        Path content = root.resolve("content");
        Optional<Problem> outside = RealPaths.leavesFolder(root, file, content);
        if (outside.isPresent()) {
            problems.add(outside.get());
            return Optional.empty();
        }
        SourceText.Result text = SourceText.read(file, shown);
        if (text instanceof SourceText.Unreadable unreadable) {
            problems.add(unreadable.problem());
            return Optional.empty();
        }
        String source = ((SourceText.Text) text).text();
        RecordSchema known = compiled.get(file + "\n" + source);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            JsonNode node = Jackson.JSON_READER.readTree(source);
            if (!node.isObject()) {
                problems.add(Problem.inFile(shown, "a schema must be a JSON object", "start it with `{`"));
                return Optional.empty();
            }
            Path schemas = content.resolve("schemas");
            // A schemas/ folder linked out of content/ is no source: every reference into it is refused.
            RecordSchema schema = new RecordSchema(node, file.toUri(), RealPaths.leavesFolder(root, schemas, content)
                    .isPresent() ? SchemaSources.bundledOnly() : SchemaSources.bundledAnd(schemas));
            if (compiled.size() >= MAX_REMEMBERED) {
                compiled.clear(); // edited over and over in one session: start again
            }
            compiled.put(file + "\n" + source, schema);
            return Optional.of(schema);
        } catch (StackOverflowError e) {
            // The validator follows references while it compiles: one that leads back to itself never ends.
            problems.add(Problem.inFile(shown, "the schema refers to itself in a loop (a \"$ref\" that leads"
                    + " back to where it stands)", "let every \"$ref\" lead to a definition that does not"
                    + " refer back to it"));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            problems.add(new Problem(shown, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "check commas, quotes and brackets near this position"));
        } catch (RuntimeException e) {
            Optional<SchemaSources.RefusedSource> refused = refusedCause(e);
            if (refused.isPresent()) {
                problems.add(refusedProblem(refused.get(), source, shown, file));
                return Optional.empty();
            }
            problems.add(Problem.inFile(shown, "not a usable JSON Schema: " + e.getMessage(),
                    "check it against draft 2020-12"));
        }
        return Optional.empty();
    }

    /** The validator may wrap what its loader threw. */
    private static Optional<SchemaSources.RefusedSource> refusedCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SchemaSources.RefusedSource refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    /** At the reference that leads out, when it is in this file (JSON is YAML: the reader gives positions). */
    private Problem refusedProblem(SchemaSources.RefusedSource refused, String source, String shown, Path file) {
        Position at = Position.start(shown);
        try {
            Optional<String> pointer = refused.pointerIn(Jackson.JSON_READER.readTree(source), file.toUri());
            if (pointer.isPresent() && yaml.read(shown, source, 0) instanceof YamlReader.Parsed parsed) {
                at = parsed.document().valueAt(pointer.get());
            }
        } catch (JsonProcessingException e) {
            // read once already; keep the start of the file
        }
        return Problem.at(at, "the schema refers to " + refused.iri()
                        + ", which is neither a file in content/schemas/ nor a bundled meta-schema",
                "a build reads only the dossier's own files and never the network; copy the schema into "
                        + "content/schemas/ and refer to it by a relative path");
    }
}
