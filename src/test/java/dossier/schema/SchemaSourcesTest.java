package dossier.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a schema may load (the bundled meta-schemas, the files of its folder) and where the
 * reference that leads elsewhere stands, so the error points at its line and column.
 */
class SchemaSourcesTest {
    private static final URI BASE = URI.create("file:///d/content/schemas/events.schema.json");

    @TempDir
    Path temp;

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    private static Optional<String> pointer(String refused, String schema) throws IOException {
        return new SchemaSources.RefusedSource(refused).pointerIn(json(schema), BASE);
    }

    private static String read(SchemaSources sources, String iri) throws IOException {
        try (InputStream in = sources.getSchema(AbsoluteIri.of(iri)).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String refused(SchemaSources sources, String iri) {
        return assertThrows(SchemaSources.RefusedSource.class, () -> sources.getSchema(AbsoluteIri.of(iri)),
                iri).getMessage();
    }

    @Test
    void theBundledMetaSchemasAreLeftToTheValidatorsOwnLoader() {
        for (SchemaSources sources : new SchemaSources[] {SchemaSources.bundledOnly(), SchemaSources.bundledAnd(temp)}) {
            assertNull(sources.getSchema(AbsoluteIri.of("classpath:draft/2020-12/schema")));
            assertNull(sources.getSchema(AbsoluteIri.of("classpath:draft/2020-12/meta/core")));
            assertNull(sources.getSchema(AbsoluteIri.of("classpath:draft-07/schema")));
            assertNull(sources.getSchema(AbsoluteIri.of("classpath:draft-04/schema")));
        }
    }

    @Test
    void anyOtherClassPathResourceIsRefused() {
        SchemaSources sources = SchemaSources.bundledAnd(temp);
        assertEquals("the schema refers to classpath:draft/../../secret, outside the dossier's schemas",
                refused(sources, "classpath:draft/../../secret"));
        assertEquals("the schema refers to classpath:draft/2020-12/..x, outside the dossier's schemas",
                refused(sources, "classpath:draft/2020-12/..x"));
        refused(sources, "classpath:draft/2020-12/schema.json"); // a dot is not in a meta-schema's name
        refused(sources, "classpath:draft-7/schema");
        refused(sources, "classpath:drafts/2020-12/schema");
        refused(sources, "classpath:application.properties");
        refused(sources, "xclasspath:draft/2020-12/schema");
    }

    @Test
    void aFileInTheFolderIsReadAndNothingElse() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("content/schemas"));
        Path inside = Files.writeString(folder.resolve("title.json"), "{\"type\": \"string\"}");
        Files.createDirectories(folder.resolve("sub"));
        Path deeper = Files.writeString(folder.resolve("sub/year.json"), "{\"type\": \"integer\"}");
        Path outside = Files.writeString(temp.resolve("content/secret.json"), "{\"enum\": [\"secret\"]}");
        Path sibling = Files.createDirectories(temp.resolve("content/schemas-other"));
        Path next = Files.writeString(sibling.resolve("a.json"), "{}");
        SchemaSources sources = SchemaSources.bundledAnd(temp.resolve("content/./schemas"));

        assertEquals("{\"type\": \"string\"}", read(sources, inside.toUri().toString()));
        assertEquals("{\"type\": \"integer\"}", read(sources, deeper.toUri().toString()));
        assertEquals("{\"type\": \"string\"}", read(sources, "file:" + inside.toAbsolutePath()),
                "file:/a and file:///a are one file");
        assertEquals("the schema refers to " + outside.toUri() + ", outside the dossier's schemas",
                refused(sources, outside.toUri().toString()));
        refused(sources, folder.toUri() + "sub/../../secret.json");
        refused(sources, next.toUri().toString());
        refused(sources, folder.resolve("sub").toUri().toString()); // a folder is no schema
        refused(sources, folder.resolve("missing.json").toUri().toString());
        refused(sources, "file://elsewhere" + inside.toAbsolutePath()); // another host: no path of this machine
        refused(sources, "https://example.org" + inside.toAbsolutePath());
        refused(sources, "jar:" + inside.toUri() + "!/x");
        assertEquals("the schema refers to " + inside.toUri() + ", outside the dossier's schemas",
                refused(SchemaSources.bundledOnly(), inside.toUri().toString()), "a jar's schema reads no file");
    }

    @Test
    void aLinkInTheFolderToAFileOutsideIsRefused() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("schemas"));
        Path secret = Files.writeString(temp.resolve("secret.json"), "{}");
        Path link = Files.createSymbolicLink(folder.resolve("linked.json"), secret);
        refused(SchemaSources.bundledAnd(folder), link.toUri().toString());
    }

    @Test
    void theRefusedAddressIsKept() {
        SchemaSources.RefusedSource refused = new SchemaSources.RefusedSource("https://example.org/x.json");
        assertEquals("https://example.org/x.json", refused.iri());
        assertEquals("the schema refers to https://example.org/x.json, outside the dossier's schemas",
                refused.getMessage());
    }

    @Test
    void theReferenceThatResolvesToTheAddressIsFound() throws IOException {
        assertEquals(Optional.of("/properties/title/$ref"), pointer("https://example.org/title.json",
                "{'type': 'object', 'properties': {'year': {'type': 'integer'}, 'title': {'$ref': "
                        + "'https://example.org/title.json'}}}"));
        assertEquals(Optional.of("/$schema"), pointer("https://example.org/meta",
                "{'type': 'object', '$schema': 'https://example.org/meta'}"));
        assertEquals(Optional.of("/$defs/a/$dynamicRef"), pointer("https://example.org/a.json",
                "{'$defs': {'a': {'$dynamicRef': 'https://example.org/a.json#meta'}}}"));
        assertEquals(Optional.of("/$defs/a/$recursiveRef"), pointer("https://example.org/a.json",
                "{'$defs': {'a': {'$recursiveRef': 'https://example.org/a.json'}}}"));
    }

    @Test
    void aRelativeReferenceResolvesAgainstTheSchemasOwnAddress() throws IOException {
        assertEquals(Optional.of("/properties/title/$ref"), pointer("file:/secret.json",
                "{'properties': {'title': {'$ref': '../../../secret.json'}}}"), "file:/a is file:///a");
        assertEquals(Optional.of("/properties/title/$ref"), pointer("file:///d/content/secret.json",
                "{'properties': {'title': {'$ref': './../secret.json#/$defs/x'}}}"));
    }

    @Test
    void anExactReferenceWinsOverOneThatOnlyNamesPartOfTheAddress() throws IOException {
        // "secret.json" under another $id names part of the address; the one that resolves to it wins.
        assertEquals(Optional.of("/properties/b/$ref"), pointer("file:///d/content/secret.json",
                "{'properties': {'a': {'$id': 'https://example.org/x/', 'properties': {'c': {'$ref': 'secret.json'}}},"
                        + " 'b': {'$ref': '../secret.json'}}}"));
        assertEquals(Optional.of("/properties/a/properties/c/$ref"), pointer("https://example.org/x/secret.json",
                "{'properties': {'a': {'$id': 'https://example.org/x/', 'properties': {'c': {'$ref': "
                        + "'secret.json'}}}}}"), "under another $id only part of the address is named");
    }

    @Test
    void onlyTheSameSchemeHostPortAndPathAreOneAddress() throws IOException {
        String schema = "{'allOf': [{'$ref': 'https://example.org:8080/x.json'},"
                + " {'$ref': 'http://example.net:8080/x.json'}, {'$ref': 'http://example.org:9090/x.json'},"
                + " {'$ref': 'http://example.org:8080/y.json'}, {'$ref': 'http://example.org:8080/a/../x.json'}]}";
        assertEquals(Optional.of("/allOf/4/$ref"), pointer("http://example.org:8080/x.json", schema));
    }

    @Test
    void referencesThatLeadNowhereAreSkipped() throws IOException {
        assertEquals(Optional.of("/items/1/$ref"), pointer("https://example.org/x.json",
                "{'$ref': '#/$defs/local', 'items': [{'$ref': 7}, {'$ref': 'https://example.org/x.json'}],"
                        + " 'title': 'https://example.org/x.json', '$defs': {'local': {'type': 'string'}}}"));
        assertEquals(Optional.empty(), pointer("https://example.org/x.json",
                "{'$ref': '#', 'const': 'https://example.org/x.json', 'enum': ['https://example.org/x.json']}"));
        assertEquals(Optional.empty(), pointer("https://example.org/x.json", "[]"));
    }

    @Test
    void aMemberNameIsEscapedInThePointer() throws IOException {
        assertEquals(Optional.of("/properties/a~1b~0c/$ref"), pointer("https://example.org/x.json",
                "{'properties': {'a/b~c': {'$ref': 'https://example.org/x.json'}}}"));
    }

    @Test
    void anAddressThatIsNoUriIsFoundByItsText() throws IOException {
        assertEquals(Optional.of("/properties/b/$ref"), pointer("https://example.org/a b.json",
                "{'properties': {'a': {'$ref': 'c d'}, 'b': {'$ref': 'a b.json'}}}"));
        assertEquals(Optional.of("/properties/b/$ref"), pointer("https://example.org/x.json",
                "{'properties': {'a': {'$ref': 'bad uri'}, 'b': {'$ref': 'https://example.org/x.json'}}}"),
                "a reference that is no URI leads nowhere in particular");
    }
}
