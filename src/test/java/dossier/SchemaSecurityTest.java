package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema's {@code $ref} and {@code $schema} lead only to the bundled meta-schemas and to files in
 * content/schemas/: never to the network, never to a file elsewhere on the machine.
 */
class SchemaSecurityTest {
    private static final String SECRET = "TOP-SECRET-VALUE";

    @TempDir
    Path temp;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void serveASchemaOnLoopback() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("{\"enum\": [\"" + SECRET + "\"]}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String address(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aRefToTheNetworkIsAPositionedErrorAndNeverRequested() {
        Path root = dossierWithEventsSchema("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
                + " \"type\": \"object\",\n"
                + " \"properties\": {\"title\": {\"$ref\": \"" + address("/title.json") + "\"}}}\n");
        BuildRun run = BuildRun.build(root, temp.resolve("site"));

        assertEquals(0, requests.get(), "the build must not reach the network");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("content/schemas/events.schema.json:3:35: the schema refers to " + address("/title.json")
                + ", which is neither a file in content/schemas/ nor a bundled meta-schema; a build reads only the "
                + "dossier's own files and never the network; copy the schema into content/schemas/ and refer to it "
                + "by a relative path"), run.problems());
        assertFalse(Files.exists(temp.resolve("site")));
    }

    @Test
    void aMetaSchemaOnTheNetworkIsRefusedToo() {
        Path root = dossierWithEventsSchema("{\"type\": \"object\",\n  \"$schema\": \"" + address("/meta") + "\"}\n");
        BuildRun run = BuildRun.build(root, temp.resolve("site"));

        assertEquals(0, requests.get(), "the build must not reach the network");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.problems().get(0).startsWith("content/schemas/events.schema.json:2:14: the schema refers to "
                + address("/meta")), run.err());
    }

    @Test
    void aFileOutsideTheSchemaFolderIsNeverRead() throws IOException {
        Path secret = temp.resolve("secret.schema.json");
        Files.writeString(secret, "{\"enum\": [\"" + SECRET + "\"]}");
        for (String reference : List.of(secret.toUri().toString(), "../../../../secret.schema.json")) {
            Path root = dossierWithEventsSchema("{\"type\": \"object\",\n"
                    + "  \"properties\": {\"title\": {\"$ref\": \"" + reference + "\"}}}\n");
            BuildRun run = BuildRun.build(root, temp.resolve("site"));

            assertEquals(1, run.exitCode(), run.err());
            assertFalse(run.err().contains(SECRET), "the file's values must not show: " + run.err());
            assertTrue(run.problems().get(0).startsWith("content/schemas/events.schema.json:2:36: the schema refers to "
                    + secret.toUri()), run.err());
            deleteTree(root);
        }
    }

    @Test
    void aSymbolicLinkInTheSchemaFolderToAFileOutsideIsRefused() throws IOException {
        Path secret = temp.resolve("secret.schema.json");
        Files.writeString(secret, "{\"enum\": [\"" + SECRET + "\"]}");
        Path root = dossierWithEventsSchema("{\"type\": \"object\",\n"
                + "  \"properties\": {\"title\": {\"$ref\": \"linked.json\"}}}\n");
        Files.createSymbolicLink(root.resolve("content/schemas/linked.json"), secret);
        BuildRun run = BuildRun.build(root, temp.resolve("site"));

        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains(SECRET), run.err());
        // The link is also skipped, with a warning, by the walk over content/; the error is the refused reference.
        assertTrue(run.problems().stream().filter(line -> !line.contains(": warning: ")).findFirst().orElseThrow()
                .startsWith("content/schemas/events.schema.json:2:36: the schema refers to "), run.err());
    }

    @Test
    void aRelativeRefToAnotherSchemaInTheFolderIsFollowed() throws IOException {
        Path root = dossierWithEventsSchema("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
                + " \"type\": \"object\", \"properties\": {\"title\": {\"$ref\": \"title.json\"}}}\n");
        Files.writeString(root.resolve("content/schemas/title.json"), "{\"type\": \"string\", \"maxLength\": 3}");
        BuildRun run = BuildRun.build(root, temp.resolve("site"));

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.problems().get(0).startsWith("content/events/meeting-one.yaml:2:8: field \"title\""), run.err());
        assertEquals(0, requests.get());
    }

    /** The records fixture, with the events collection's schema replaced. */
    private Path dossierWithEventsSchema(String schema) {
        Path root = temp.resolve("dossier/root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        try {
            Files.writeString(root.resolve("content/schemas/events.schema.json"), schema);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return root;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
