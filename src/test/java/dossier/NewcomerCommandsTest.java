package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newcomer runs into at the command line: every command takes --debug, and `new` leaves nothing blank. */
class NewcomerCommandsTest {
    @TempDir
    Path temp;

    @Test
    void everyCommandTakesDebugAsItsInternalErrorsAskFor() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("minimal"), root);
        BuildRun check = BuildRun.of("check", "--debug", "--root", root.toString());
        assertEquals(0, check.exitCode(), check.err());
        BuildRun build = BuildRun.of("build", "--debug", "--quiet", "--root", root.toString(), "--out",
                temp.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.err());
        Path records = temp.resolve("records");
        SiteFiles.copyTree(SiteFiles.fixture("records"), records);
        BuildRun created = BuildRun.of("new", "--debug", "places", "lighthouse", "--root", records.toString());
        assertEquals(0, created.exitCode(), created.err());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            String port = String.valueOf(taken.getLocalPort());
            BuildRun serve = BuildRun.of("serve", "--debug", "--port", port, "--root", root.toString());
            assertEquals(2, serve.exitCode(), serve.err());
            assertTrue(serve.err().contains("port " + port + " on 127.0.0.1 is in use"), serve.err());
            assertTrue(serve.err().contains("--port 0"), serve.err());
            assertFalse(serve.err().contains("Unknown option"), serve.err());
        }
    }

    @Test
    void aRecordThatNewStartedFailsTheBuildAtEachFieldLeftEmpty() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("newcomer-empty-collection"), root);
        BuildRun created = BuildRun.of("new", "countries", "vietnam", "--root", root.toString());
        assertEquals(0, created.exitCode(), created.err());
        assertEquals("""
                # yaml-language-server: $schema=../schemas/countries.schema.json
                name:  # string
                """, Files.readString(root.resolve("content/countries/vietnam.yaml")));
        BuildRun unfilled = BuildRun.build(root, temp.resolve("site"));
        assertEquals(1, unfilled.exitCode(), unfilled.err());
        assertEquals("content/countries/vietnam.yaml:2:6: the required field \"name\" is empty; write a text",
                String.join("\n", unfilled.problems()));
        Files.writeString(root.resolve("content/countries/vietnam.yaml"), "name: Vietnam\n");
        BuildRun filled = BuildRun.build(root, temp.resolve("site"));
        assertEquals(0, filled.exitCode(), filled.err());
    }
}
