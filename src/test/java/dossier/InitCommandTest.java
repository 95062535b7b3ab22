package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.serve.LiveServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dossier init DIR`: a new dossier that builds, checks and serves at once, and never over someone's files. */
class InitCommandTest {
    private static final Pattern SCHEMA_LINE = Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)$",
            Pattern.MULTILINE);

    @TempDir
    Path temp;

    @Test
    void aNewDossierBuildsAndChecksWithItsPagesChartAndLinks() throws IOException {
        Path root = temp.resolve("new/my-dossier");
        BuildRun init = BuildRun.of("init", root.toString());
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().contains("dossier serve --root " + root), init.out());

        Path site = temp.resolve("site");
        BuildRun build = BuildRun.build(root, site);
        assertEquals(0, build.exitCode(), build.err());
        for (String page : List.of("index.html", "overview/index.html", "organisations/index.html",
                "organisations/example-institute/index.html", "organisations/example-foundation/index.html",
                "charts/staff/index.html", "charts/staff/staff.csv", "data/organisations.csv")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page + " is built");
        }
        String overview = Files.readString(site.resolve("overview/index.html"));
        assertTrue(overview.contains("href=\"/my-dossier/organisations/example-institute/\""), "the ref: link");
        assertTrue(overview.contains("<figure class=\"chart\" id=\"chart-staff\">"), "the chart");
        assertTrue(Files.readString(site.resolve("charts/staff/staff.csv")).contains("120"), "the staff plotted");
        assertTrue(Files.readString(site.resolve("organisations/example-institute/index.html"))
                .contains("href=\"/my-dossier/organisations/example-foundation/\""), "records refer to each other");

        BuildRun check = BuildRun.of("check", "--root", root.toString());
        assertEquals(0, check.exitCode(), check.err());
    }

    @Test
    void everyEditorSchemaLinePointsIntoTheDossierAndTheLedgerAndGitignoreAreThere() throws IOException {
        Path root = temp.resolve("fresh");
        assertEquals(0, BuildRun.of("init", root.toString()).exitCode());
        int lines = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Matcher line = SCHEMA_LINE.matcher(Files.readString(file));
                assertTrue(line.find(), file + " starts with a schema line");
                Path schema = file.getParent().resolve(line.group(1)).normalize();
                assertTrue(schema.startsWith(root.resolve("content/schemas")) && Files.isRegularFile(schema),
                        file + " points at " + schema);
                lines++;
            }
        }
        assertEquals(4, lines, "dossier.yaml, two records and a chart");
        assertEquals(new String(getClass().getResourceAsStream("/dossier/chart.schema.json").readAllBytes()),
                Files.readString(root.resolve("content/schemas/dossier/chart.schema.json")));
        assertTrue(Files.isRegularFile(root.resolve("content/schemas/dossier/frontmatter.schema.json")));
        String ledger = Files.readString(root.resolve("content/published-urls.txt"));
        assertTrue(ledger.startsWith("# Every URL this dossier has published.") && ledger.lines()
                .allMatch(l -> l.startsWith("#")), ledger);
        assertEquals(List.of("site/", ".site.*"), Files.readAllLines(root.resolve(".gitignore")).stream()
                .filter(l -> !l.startsWith("#")).toList());
        String config = Files.readString(root.resolve("content/dossier.yaml"));
        for (String key : List.of("title", "baseUrl", "language", "description", "authors", "search", "navigation",
                "collections")) {
            assertTrue(Pattern.compile("# [^\\n]*\\n(#[^\\n]*\\n)*" + key + ":").matcher(config).find(),
                    key + " has a comment");
        }
    }

    @Test
    void theNewDossierServes() throws Exception {
        Path root = temp.resolve("served");
        assertEquals(0, BuildRun.of("init", root.toString()).exitCode());
        HttpClient http = HttpClient.newHttpClient();
        try (LiveServer server = LiveServer.start(root, 0, "/my-dossier/", new PrintWriter(new StringWriter()))) {
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("My dossier"), home.body());
            HttpResponse<String> overview = http.send(HttpRequest.newBuilder(URI.create(server.url() + "overview/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, overview.statusCode());
        }
    }

    @Test
    void aFolderWithAnythingInItOrAFileIsRefused() throws IOException {
        Path used = Files.createDirectories(temp.resolve("used"));
        Files.writeString(used.resolve(".notes"), "mine");
        BuildRun refused = BuildRun.of("init", used.toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains(used + " is not empty"), refused.err());
        try (Stream<Path> entries = Files.list(used)) {
            assertEquals(List.of(used.resolve(".notes")), entries.toList(), "nothing written");
        }
        Path file = Files.writeString(temp.resolve("a-file"), "mine");
        BuildRun notAFolder = BuildRun.of("init", file.toString());
        assertEquals(2, notAFolder.exitCode(), notAFolder.err());
        assertEquals("mine", Files.readString(file));
        assertFalse(refused.err().contains("dossier: internal error") || notAFolder.err().contains("dossier: internal error"));
        assertEquals(2, BuildRun.of("init").exitCode(), "DIR is required");
    }

    @Test
    void anEmptyFolderIsUsed() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertEquals(0, BuildRun.of("init", empty.toString()).exitCode());
        assertTrue(Files.isRegularFile(empty.resolve("content/dossier.yaml")));
    }
}
