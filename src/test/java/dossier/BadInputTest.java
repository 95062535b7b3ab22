package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input that a fixture folder cannot hold: links out of the root, huge files, dead external links. */
class BadInputTest {
    @TempDir
    Path temp;

    @Test
    void aSymbolicLinkThatLeadsOutOfTheRootIsSkippedWithAWarning() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("minimal"), root);
        Path outside = Files.writeString(temp.resolve("secret.md"), "---\ntitle: Secret\n---\nfrom outside\n");
        Files.createSymbolicLink(root.resolve("content/leak.md"), outside);
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("content/leak.md:1:1: warning: this symbolic link leads outside content/, to "
                + outside.toRealPath() + ", so it is not published; copy the file into content/ if it belongs to the"
                + " site"), run.problems());
        assertFalse(Files.exists(temp.resolve("site/leak")), "the linked page is not published");
    }

    @Test
    @Tag("slow") // measures time or memory: left out of the mutation profile
    void anOversizedRecordIsRefusedQuickly() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("error-unknown-field"), root);
        Files.delete(root.resolve("content/items/typo.yaml"));
        Files.writeString(root.resolve("content/items/huge.yaml"), "title: \"" + "x".repeat(2_100_000) + "\"\n");
        long start = System.nanoTime();
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, run.exitCode());
        assertEquals(List.of("content/items/huge.yaml:1:1: document is larger than 2000000 characters; "
                + "split it into several records"), run.problems());
        assertTrue(millis < 5000, "answered in " + millis + " ms");
    }

    @Test
    void checkExternalReportsDeadLinksWithTheirPage() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int status = exchange.getRequestURI().getPath().equals("/alive") ? 200 : 404;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path root = temp.resolve("root");
            SiteFiles.copyTree(SiteFiles.fixture("minimal"), root);
            Files.writeString(root.resolve("content/links.md"), "---\ntitle: Links\n---\n[alive](" + base
                    + "/alive) and [dead](" + base + "/dead)\n");
            assertEquals(0, BuildRun.of("check", "--root", root.toString()).exitCode(), "no network without --external");
            BuildRun run = BuildRun.of("check", "--root", root.toString(), "--external");
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(1, run.problems().size(), run.err());
            assertTrue(run.problems().get(0).matches(".*/site/links/index.html:\\d+:\\d+: external link " + base
                    + "/dead answered HTTP 404; .*"), run.err());
        } finally {
            server.stop(0);
        }
    }
}
