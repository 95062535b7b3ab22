package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.serve.LiveServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `serve`: live rebuilds, reload events, the last good site while content is broken, no path traversal. */
class ServeTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    @Test
    void editsShowUpBrokenContentKeepsTheLastGoodSiteAndFixesRecover() throws Exception {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        StringWriter log = new StringWriter();
        try (LiveServer server = LiveServer.start(root, 0, "/sub/", new PrintWriter(log, true))) {
            String page = server.url() + "events/meeting-one/";
            assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
            HttpResponse<String> first = get(page);
            assertEquals(200, first.statusCode());
            assertTrue(first.body().contains("First meeting (2001)"));
            assertTrue(first.body().contains("<script src=\"/__dossier/live.js\" defer></script>\n</body>"),
                    "the reload script is injected when serving");
            BlockingQueue<String> events = listen(server.url());
            assertEquals("hello", events.poll(10, TimeUnit.SECONDS));

            Path record = root.resolve("content/events/meeting-one.yaml");
            String good = Files.readString(record);
            Files.writeString(record, good.replace("year: 2001", "year: 2005"));
            assertEquals("reload", events.poll(20, TimeUnit.SECONDS));
            assertTrue(get(page).body().contains("First meeting (2005)"));

            Files.writeString(record, good.replace("year: 2001", "year: [2005"));
            assertEquals("problems", events.poll(20, TimeUnit.SECONDS));
            assertTrue(get(page).body().contains("First meeting (2005)"), "the last good site is still served");
            assertTrue(log.toString().contains("content/events/meeting-one.yaml:"), log.toString());

            Files.writeString(record, good);
            assertEquals("reload", events.poll(20, TimeUnit.SECONDS));
            assertTrue(get(page).body().contains("First meeting (2001)"), "fixed content recovers");
            assertTrue(server.lastBuildMillis() >= 0);
        }
    }

    @Test
    void templateAndSchemaEditsAreServedFromMemoryWithoutWritingToTheDossier() throws Exception {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        try (LiveServer server = LiveServer.start(root, 0, "/sub/", new PrintWriter(new StringWriter()))) {
            BlockingQueue<String> events = listen(server.url());
            assertEquals("hello", events.poll(10, TimeUnit.SECONDS));
            Path template = root.resolve("templates/events.ftlh");
            String good = Files.readString(template);
            // The same length as before: a change is seen even when the size of the template is not.
            Files.writeString(template, good.replace("<h1>", "<h2>").replace("</h1>", "</h2>"));
            assertEquals("reload", events.poll(20, TimeUnit.SECONDS));
            assertTrue(get(server.url() + "events/meeting-one/").body().contains("<h2>First meeting (2001)</h2>"));

            Path schema = root.resolve("content/schemas/events.schema.json");
            Files.writeString(schema, Files.readString(schema).replaceFirst("\\{", "{\"maxProperties\": 1, "));
            assertEquals("problems", events.poll(20, TimeUnit.SECONDS), "an edited schema is compiled again");

            HttpResponse<String> folder = http.send(HttpRequest.newBuilder(URI.create(server.url() + "events"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(301, folder.statusCode(), "a folder without its slash is redirected");
            assertEquals(404, get(server.url() + "no/such/page/").statusCode());
        }
        assertFalse(Files.exists(root.resolve("site")), "serve keeps the site in memory");
    }

    @Test
    void pathTraversalIsRefusedAndOnlyLoopbackListens() throws Exception {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        Files.writeString(temp.resolve("secret.txt"), "secret");
        try (LiveServer server = LiveServer.start(root, 0, "/sub/", new PrintWriter(new StringWriter()))) {
            int port = URI.create(server.url()).getPort();
            for (String path : new String[] {"/sub/../../secret.txt", "/sub/%2e%2e/%2e%2e/secret.txt",
                    "/sub/..%2f..%2fsecret.txt"}) {
                String status = rawRequest(port, path);
                assertTrue(status.contains(" 403 ") || status.contains(" 404 "), path + " -> " + status);
            }
        }
    }

    private BlockingQueue<String> listen(String url) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url).resolve("/__dossier/events")).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                .filter(line -> line.startsWith("event: "))
                .forEach(line -> events.add(line.substring("event: ".length()))));
        return events;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path as written, without any client normalising it. */
    private static String rawRequest(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }
}
