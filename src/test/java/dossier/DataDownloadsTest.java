package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dossier.schema.SchemaSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every data download validates against the schema published beside it, with stock validators in
 * their default modes, as a reader would check it: networknt's json-schema-validator here, and ajv
 * (draft 2020-12, with ajv-formats, strict mode) through node when {@code src/test/js} has its
 * packages ({@code npm ci --prefix src/test/js}). The published schemas are valid draft 2020-12
 * schemas with absolute {@code $id}s on the site's base URL.
 */
@ExtendWith(SharedDossier.class)
class DataDownloadsTest {
    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final Path AJV_SCRIPT = Path.of("src/test/js/validate-data.mjs");
    private static final Path AJV_PACKAGES = Path.of("src/test/js/node_modules/ajv");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    private static Path realData;
    private static Path fixtureData;
    /** Schemas that refer to other schema files, which the published schema carries along. */
    private static Path linkedData;

    @BeforeAll
    static void build(BuiltDossier real) {
        realData = real.site().resolve("data");
        fixtureData = buildFixture("data-downloads");
        linkedData = buildFixture("data-downloads-linked");
    }

    private static Path buildFixture(String name) {
        Path fixture = temp.resolve(name);
        SiteFiles.copyTree(SiteFiles.fixture(name), fixture.resolve("root"));
        BuildRun run = BuildRun.build(fixture.resolve("root"), fixture.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        return fixture.resolve("site").resolve("data");
    }

    @Test
    void networkntAcceptsEveryDataFileOfTheRealDossier() throws IOException {
        assertEquals(List.of(), networkntProblems(realData, RealDossier.BASE_URL));
        assertEquals(10, schemas(realData).size(), "one schema for each collection");
    }

    @Test
    void networkntAcceptsEveryDataFileOfTheFixture() throws IOException {
        assertEquals(List.of(), networkntProblems(fixtureData, "https://example.org/sub/"));
        assertEquals(2, schemas(fixtureData).size());
    }

    @Test
    void networkntAcceptsDataWhoseSchemaReferToOtherSchemaFiles() throws IOException {
        assertEquals(List.of(), networkntProblems(linkedData, "https://example.org/"));
        JsonNode near = JSON.readTree(linkedData.resolve("places.schema.json").toFile()).at("/$defs/near.json");
        assertEquals("https://example.org/data/near.json", near.path("$id").asText());
    }

    @Test
    void aRecordWithAFieldItsSchemaDoesNotDeclareIsRefused() throws IOException {
        JsonNode data = JSON.readTree(fixtureData.resolve("events.json").toFile());
        ((ObjectNode) data.get(0)).put("page", "https://example.org/sub/events/drill-2007/");
        ((ObjectNode) data.get(1).get("when")).put("start", "spring 2009");
        JsonSchema schema = factory().getSchema(JSON.readTree(fixtureData.resolve("events.schema.json").toFile()));
        List<String> messages = schema.validate(data).stream().map(ValidationMessage::getMessage).sorted().toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("$[0]: property 'page' is not defined"), messages.toString());
        assertTrue(messages.get(1).startsWith("$[1].when.start: does not match"), messages.toString());
    }

    @Test
    void ajvInStrictModeAcceptsEveryDataFile() throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(AJV_PACKAGES) || "true".equals(System.getenv("CI")),
                "ajv is not installed: `npm ci --prefix src/test/js` to run this test (it always runs in CI)");
        for (Path data : List.of(realData, fixtureData, linkedData)) {
            Process node = new ProcessBuilder("node", AJV_SCRIPT.toString(), data.toString())
                    .redirectErrorStream(true).start();
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(120, TimeUnit.SECONDS), "ajv did not finish");
            assertEquals(0, node.exitValue(), out);
            // "ok" for each schema (meta-schema and strict mode) and for each data file.
            assertEquals(2 * schemas(data).size(), out.lines().filter(line -> line.startsWith("ok ")).count(), out);
        }
    }

    @Test
    void ajvRefusesWhatTheDossiersOwnSchemasWouldPublish() throws IOException, InterruptedException {
        // The downloads as the site published them before: the record schema itself, with "x-ref".
        assumeTrue(Files.isDirectory(AJV_PACKAGES) || "true".equals(System.getenv("CI")),
                "ajv is not installed: `npm ci --prefix src/test/js` to run this test (it always runs in CI)");
        Path data = temp.resolve("unpublishable");
        Files.createDirectories(data);
        Files.copy(fixtureData.resolve("works.json"), data.resolve("works.json"));
        Files.copy(SiteFiles.fixture("data-downloads").resolve("content/schemas/works.schema.json"),
                data.resolve("works.schema.json"));
        Process node = new ProcessBuilder("node", AJV_SCRIPT.toString(), data.toString()).redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "ajv did not finish");
        assertEquals(1, node.exitValue(), out);
        assertTrue(out.contains("works.schema.json: strict mode: unknown keyword: \"x-"), out);
    }

    /** Each schema against the 2020-12 meta-schema, its {@code $id}, and its data file against it. */
    private static List<String> networkntProblems(Path data, String baseUrl) throws IOException {
        JsonSchemaFactory factory = factory();
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of(DIALECT));
        SchemaValidatorsConfig formats = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        List<String> problems = new ArrayList<>();
        for (Path file : schemas(data)) {
            String name = file.getFileName().toString();
            JsonNode schema = JSON.readTree(file.toFile());
            metaSchema.validate(schema).forEach(message -> problems.add(name + " (meta-schema): " + message));
            if (!schema.path("$schema").asText().equals(DIALECT)
                    || !schema.path("$id").asText().equals(baseUrl + "data/" + name)) {
                problems.add(name + ": $schema " + schema.path("$schema") + ", $id " + schema.path("$id"));
            }
            JsonNode records = JSON.readTree(data.resolve(name.replace(".schema.json", ".json")).toFile());
            Set<ValidationMessage> found = new LinkedHashSet<>(factory.getSchema(schema).validate(records));
            found.addAll(factory.getSchema(schema, formats).validate(records));
            found.forEach(message -> problems.add(name.replace(".schema", "") + ": " + message));
            if (records.isEmpty()) {
                problems.add(name + ": no records to validate");
            }
        }
        return problems;
    }

    /** networknt as it comes, except that it may read nothing but its bundled meta-schemas. */
    private static JsonSchemaFactory factory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.add(SchemaSources.bundledOnly())));
    }

    private static List<Path> schemas(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            List<Path> schemas = files.filter(file -> file.toString().endsWith(".schema.json")).sorted().toList();
            assertFalse(schemas.isEmpty(), "no schemas in " + data);
            return schemas;
        }
    }
}
