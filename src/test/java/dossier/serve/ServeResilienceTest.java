package dossier.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.SiteFiles;
import dossier.io.Folders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `serve` keeps serving whatever a rebuild throws, and keeps watching a folder deleted and made again. */
class ServeResilienceTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    /** What the next rebuild throws before building; null to build. */
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private LiveServer.Rebuild failingWhenAsked(LiveServer.Rebuild real) {
        return (root, site) -> {
            Throwable thrown = failure.get();
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (thrown instanceof Error error) {
                throw error;
            }
            return real.build(root, site);
        };
    }

    @Test
    void anExceptionInARebuildIsReportedInOneLineAndTheNextSaveIsServed() throws Exception {
        Path root = fixtureCopy();
        StringWriter log = new StringWriter();
        try (LiveServer server = LiveServer.start(root, 0, "/sub/", new PrintWriter(log, true), false,
                this::failingWhenAsked)) {
            String page = server.url() + "events/meeting-one/";
            BlockingQueue<String> events = listen(server.url());
            assertEquals("hello {}", events.poll(10, TimeUnit.SECONDS));
            Path record = root.resolve("content/events/meeting-one.yaml");
            String good = Files.readString(record);

            for (Throwable thrown : new Throwable[] {new IllegalStateException("boom\nsecond line"),
                    new StackOverflowError()}) {
                failure.set(thrown);
                Files.writeString(record, good.replace("year: 2001", "year: 2005"));
                String event = events.poll(20, TimeUnit.SECONDS);
                assertTrue(event != null && event.startsWith("problems ") && event.contains(
                        "internal error while rebuilding: " + thrown.toString().replace("\n", " ")), "overlay: " + event);
                assertTrue(get(page).contains("First meeting (2001)"), "the last good site is still served");
                failure.set(null);
                Files.writeString(record, good.replace("year: 2001", "year: 2007"));
                assertEquals("reload {}", events.poll(20, TimeUnit.SECONDS), "the watcher survived " + thrown);
                assertTrue(get(page).contains("First meeting (2007)"), "the fix is served");
                Files.writeString(record, good);
                assertEquals("reload {}", events.poll(20, TimeUnit.SECONDS));
            }
        }
        assertTrue(log.toString().contains("dossier: internal error while rebuilding: java.lang.IllegalStateException: "
                + "boom second line (run serve with --debug to see where); still serving the last good site"), log.toString());
        assertFalse(log.toString().contains("\tat "), "no stack trace without --debug: " + log);
    }

    @Test
    void withDebugTheStackTraceIsShownAndAFailedFirstBuildStillServes() throws Exception {
        Path root = fixtureCopy();
        StringWriter log = new StringWriter();
        failure.set(new IllegalStateException("first build"));
        try (LiveServer server = LiveServer.start(root, 0, "/sub/", new PrintWriter(log, true), true,
                this::failingWhenAsked)) {
            BlockingQueue<String> events = listen(server.url());
            String hello = events.poll(10, TimeUnit.SECONDS);
            assertTrue(hello != null && hello.contains("internal error while rebuilding: java.lang.IllegalStateException: "
                    + "first build"), "a browser opened now sees the error: " + hello);
            failure.set(null);
            Files.writeString(root.resolve("content/places/hill.yaml"), "name: A hill\n");
            assertEquals("reload {}", events.poll(20, TimeUnit.SECONDS));
            assertTrue(get(server.url() + "places/hill/").contains("A hill"));
        }
        assertTrue(log.toString().contains("\tat "), "--debug shows where: " + log);
    }

    @Test
    void aContentFolderDeletedAndRestoredIsWatchedAgain() throws Exception {
        Path root = fixtureCopy();
        try (LiveServer server = LiveServer.start(root, 0, "/sub/", new PrintWriter(new StringWriter(), true))) {
            String page = server.url() + "events/meeting-one/";
            BlockingQueue<String> events = listen(server.url());
            assertEquals("hello {}", events.poll(10, TimeUnit.SECONDS));

            Folders.deleteTree(root.resolve("content"));
            assertTrue(events.poll(20, TimeUnit.SECONDS).startsWith("problems "), "the deletion is seen");
            SiteFiles.copyTree(fixture().resolve("content"), root.resolve("content"));
            waitForReload(events);

            Path record = root.resolve("content/events/meeting-one.yaml");
            Files.writeString(record, Files.readString(record).replace("year: 2001", "year: 2009"));
            waitForReload(events);
            assertTrue(get(page).contains("First meeting (2009)"), "an edit after the restore is served");

            Files.move(root.resolve("templates"), temp.resolve("templates-aside"));
            Files.move(temp.resolve("templates-aside"), root.resolve("templates"));
            Path template = root.resolve("templates/events.ftlh");
            Files.writeString(template, Files.readString(template).replace("<h1>", "<h2>").replace("</h1>", "</h2>"));
            waitForReload(events);
            assertTrue(get(page).contains("<h2>First meeting (2009)</h2>"), "a template moved away and back is watched");
        }
    }

    @Test
    void anImpossibleDateInFrontMatterDoesNotStopTheWatching() throws Exception {
        Path root = temp.resolve("minimal");
        SiteFiles.copyTree(fixture().resolveSibling("minimal"), root);
        try (LiveServer server = LiveServer.start(root, 0, "/", new PrintWriter(new StringWriter(), true))) {
            BlockingQueue<String> events = listen(server.url());
            assertEquals("hello {}", events.poll(10, TimeUnit.SECONDS));
            Path page = root.resolve("content/first.md");
            String good = Files.readString(page);
            Files.writeString(page, good.replace("date: 2024-03-01", "date: 2010-02-30"));
            String event = events.poll(20, TimeUnit.SECONDS);
            assertTrue(event != null && event.startsWith("problems "), "reported in the browser: " + event);
            Files.writeString(page, good.replace("date: 2024-03-01", "date: 2010-02-28"));
            waitForReload(events);
        }
    }

    /** Skips the events of a burst still settling until the site is rebuilt. */
    private static void waitForReload(BlockingQueue<String> events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String event;
        do {
            event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } while (event != null && !event.equals("reload {}"));
        assertEquals("reload {}", event, "a rebuild after the change");
    }

    private Path fixtureCopy() {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(fixture(), root);
        return root;
    }

    private static Path fixture() {
        return SiteFiles.fixture("records");
    }

    /** Each event as "name data". */
    private BlockingQueue<String> listen(String url) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url).resolve("/__dossier/events")).build();
        String[] name = {""};
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                .forEach(line -> {
                    if (line.startsWith("event: ")) {
                        name[0] = line.substring("event: ".length());
                    } else if (line.startsWith("data: ")) {
                        events.add(name[0] + " " + line.substring("data: ".length()));
                    }
                }));
        return events;
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
