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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `draft: true` keeps a page or record out of the published site, everywhere it would show, and
 * `serve` shows it with `page.draft` set. The fixture `init-drafts` has a draft page (secret.md) and a
 * draft record (people/bob) that links to a published one; `init-error-drafts` pins the errors.
 */
class DraftsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void aBuildLeavesDraftsOutOfPagesIndexesFeedsDownloadsBacklinksAndTheLedger() throws IOException {
        Path root = copy();
        Path site = temp.resolve("site");
        BuildRun build = BuildRun.of("build", "--root", root.toString(), "--out", site.toString(), "--quiet",
                "--update-ledger");
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.isRegularFile(site.resolve("about/index.html")));
        for (String draft : List.of("secret", "people/bob", "bobby")) {
            assertFalse(Files.exists(site.resolve(draft)), draft + " is not published");
        }
        for (String file : List.of("sitemap.xml", "feed.xml", "search-index.json", "data/people.json",
                "data/people.csv", "charts/ages/ages.csv", "people/index.html", "people/ada/index.html")) {
            String text = Files.readString(site.resolve(file));
            assertFalse(text.contains("Bob") || text.contains("bob") || text.contains("Secret") || text.contains("secret"),
                    file + " names no draft: " + text);
        }
        String ledger = Files.readString(root.resolve("content/published-urls.txt"));
        assertTrue(ledger.contains("/about/\n") && !ledger.contains("bob") && !ledger.contains("secret"), ledger);

        BuildRun check = BuildRun.of("check", "--root", root.toString());
        assertEquals(0, check.exitCode(), check.err());
    }

    @Test
    void serveShowsDraftsMarkedAndLinksThem() throws Exception {
        Path root = copy();
        try (LiveServer server = LiveServer.start(root, 0, "/drafts/", new PrintWriter(new StringWriter()))) {
            String secret = get(server.url() + "secret/");
            assertTrue(secret.contains("<p class=\"draft\">Draft</p>") && secret.contains("Secret plans"), secret);
            assertTrue(secret.contains("href=\"/drafts/people/bob/\""), "a draft may link to a draft: " + secret);
            assertTrue(get(server.url() + "people/bob/").contains("<p class=\"draft\">Draft</p>"));
            String ada = get(server.url() + "people/ada/");
            assertFalse(ada.contains("class=\"draft\""), "a published record has no mark: " + ada);
            assertTrue(ada.contains(">Bob</a>"), "the draft's backlink shows while serving: " + ada);
            assertFalse(get(server.url() + "about/").contains("class=\"draft\""));
        }
    }

    private Path copy() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("init-drafts"), root);
        return root;
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }
}
