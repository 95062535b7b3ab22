package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.serve.StaticServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Zotero saves from each kind of page, asked of Zotero itself: its translation-server runs the
 * Embedded Metadata translator that Zotero's browser connector runs. The server comes from
 * {@code ../shared/tools/zotero} beside the repository, unpacked and installed beforehand (its npm
 * install downloads, which a test must not) by {@code setup.sh} into {@code $ZOTERO_TS_DIR}, by default
 * {@code /tmp/dossier-zotero-ts}, as {@code .ci/run} does; without either the test is skipped.
 */
@ExtendWith(SharedDossier.class)
class ZoteroTest {
    private static final Path TOOL = RealDossier.ROOT.resolve("../shared/tools/zotero").normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOSSIER = "Military cooperation between China and Central Asia";

    @TempDir
    static Path temp;
    static StaticServer real;
    static StaticServer fixture;
    static ProcessHandle zotero;
    static String zoteroUrl;

    @BeforeAll
    static void start(BuiltDossier realDossier) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(TOOL.resolve("run.sh")),
                "Zotero's translation-server is not at " + TOOL + " (see its README): skipped");
        Path unpacked = Path.of(System.getenv().getOrDefault("ZOTERO_TS_DIR", "/tmp/dossier-zotero-ts"));
        Assumptions.assumeTrue(Files.exists(unpacked.resolve("ts/node_modules/.installed")),
                "run `" + TOOL.resolve("setup.sh") + " " + unpacked + "` first (.ci/run does): skipped");
        // A folder of this test's own: run.sh writes the port into the server's config there.
        String server = unpacked.resolve("ts").toString();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        zotero = ProcessHandle.of(Long.parseLong(run(TOOL.resolve("run.sh").toString(), server,
                String.valueOf(port)))).orElseThrow();
        zoteroUrl = "http://127.0.0.1:" + port + "/web";
        real = StaticServer.start(realDossier.site(), RealDossier.BASE_PATH, 0);
        Path root = temp.resolve("fixture/root");
        SiteFiles.copyTree(SiteFiles.fixture("meta-head"), root);
        Path site = temp.resolve("fixture/site");
        BuildRun built = BuildRun.build(root, site);
        assertEquals(0, built.exitCode(), built.err());
        fixture = StaticServer.start(site, "/steppe/", 0);
        awaitZotero();
    }

    @AfterAll
    static void stop() {
        if (zotero != null) {
            zotero.destroy();
        }
        if (real != null) {
            real.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void recordAndNarrativePagesAreWebPagesInTheDossierByItsOrganisation() throws Exception {
        for (String page : List.of("exercises/peace-mission-2007/", "analysis/limits/")) {
            JsonNode item = save(real.url() + page);
            assertEquals("webpage", item.path("itemType").asText(), page);
            assertEquals(DOSSIER, item.path("websiteTitle").asText(), page);
            assertTrue(item.path("url").asText().matches(java.util.regex.Pattern.quote(RealDossier.BASE_URL + page)
                    + "v/[0-9a-f]{12}/"), "the version the reader sees, as the cite panel gives it, on " + page + ": "
                    + item.path("url").asText());
            assertTrue(item.path("date").asText().matches("\\d{4}/\\d{2}/\\d{2}"), "date of last change on " + page);
            assertEquals("[{\"name\":\"Dossier editors\",\"creatorType\":\"author\"}]", item.path("creators").toString(),
                    "the organisation as one name, on " + page);
        }
    }

    @Test
    void collectionAndChartPagesAreDatasets() throws Exception {
        for (String page : List.of("exercises/", "trade/", "charts/aid-by-recipient/")) {
            JsonNode item = save(real.url() + page);
            assertEquals("dataset", item.path("itemType").asText(), page);
            assertTrue(item.path("url").asText().matches(java.util.regex.Pattern.quote(RealDossier.BASE_URL + page)
                    + "v/[0-9a-f]{12}/"), page + ": " + item.path("url").asText());
            assertEquals("[{\"name\":\"Dossier editors\",\"creatorType\":\"author\"}]", item.path("creators").toString(),
                    page);
        }
    }

    @Test
    void aSourcesPageIsSavedAsTheWorkItDescribesByItsOwnAuthorAndDate() throws Exception {
        JsonNode book = save(real.url() + "sources/note-2-syroezhkin-2003/");
        assertEquals("book", book.path("itemType").asText());
        assertEquals("[{\"firstName\":\"K. L.\",\"lastName\":\"Syroezhkin\",\"creatorType\":\"author\"}]",
                book.path("creators").toString());
        assertEquals("Dajk-Press", book.path("publisher").asText());
        assertEquals("Almaty", book.path("place").asText());
        assertEquals("2003", book.path("date").asText());
        assertEquals("", book.path("websiteTitle").asText(), "not a page of the dossier's website");

        JsonNode article = save(real.url() + "sources/china-brief-2010/");
        assertEquals("journalArticle", article.path("itemType").asText());
        assertEquals("China Brief", article.path("publicationTitle").asText());
        assertEquals("10", article.path("volume").asText());
        assertEquals("5", article.path("issue").asText());
        assertEquals("2010", article.path("date").asText());
        assertEquals("[]", article.path("creators").toString(), "the article names no author, and none is invented");

        JsonNode undescribed = save(real.url() + "sources/note-1-eu-statistics/");
        assertEquals("document", undescribed.path("itemType").asText(), "no publication is named: no journal guessed");
        assertEquals("2009/10", undescribed.path("date").asText());
    }

    @Test
    void homeAndIndexPagesAreWebPages() throws Exception {
        for (String page : List.of("", "charts/")) {
            JsonNode item = save(real.url() + page);
            assertEquals("webpage", item.path("itemType").asText(), "/" + page);
            assertEquals(DOSSIER, item.path("websiteTitle").asText(), "/" + page);
        }
    }

    @Test
    void peopleAreSavedAsPeopleBesideAnOrganisation() throws Exception {
        String creators = "[{\"firstName\":\"Aigerim\",\"lastName\":\"Sadykova\",\"creatorType\":\"author\"},"
                + "{\"name\":\"Steppe Research Group\",\"creatorType\":\"author\"}]";
        List<List<String>> pages = List.of(List.of("routes/north/", "webpage"), List.of("about/", "webpage"),
                List.of("routes/", "dataset"), List.of("charts/lengths/", "dataset"), List.of("", "webpage"),
                List.of("charts/", "webpage"));
        for (List<String> page : pages) {
            JsonNode item = save(fixture.url() + page.get(0));
            assertEquals(page.get(1), item.path("itemType").asText(), "/" + page.get(0));
            assertEquals(creators, item.path("creators").toString(), "/" + page.get(0));
            if (page.get(1).equals("webpage")) {
                assertEquals("Steppe Dossier", item.path("websiteTitle").asText(), "/" + page.get(0));
            }
        }
        assertEquals("2024/02/10", save(fixture.url() + "about/").path("date").asText(), "the front matter's date");
    }

    /** The one item Zotero saves from the page at {@code url}. */
    private static JsonNode save(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(zoteroUrl))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        JsonNode items = JSON.readTree(response.body());
        assertEquals(1, items.size(), url + ": " + response.body());
        return items.get(0);
    }

    /** Waits until the translation-server answers (it loads its translators first). */
    private static void awaitZotero() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                client.send(HttpRequest.newBuilder(URI.create(zoteroUrl)).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("Zotero's translation-server did not start; see /tmp/zotero-ts-*.log");
    }

    /** Runs a script of the tool and returns the last line it printed. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed: " + out);
        return out.substring(out.lastIndexOf('\n') + 1);
    }
}
