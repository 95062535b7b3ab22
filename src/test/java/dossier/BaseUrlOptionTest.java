package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.serve.LiveServer;
import dossier.build.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--base-url URL` on build and serve: the site for another address, without editing dossier.yaml. */
class BaseUrlOptionTest {
    private static final String PREVIEW = "https://preview.example.net/pr-17/";

    @TempDir
    Path temp;

    @Test
    void buildLinksEveryPageWithTheGivenBaseUrl() throws IOException {
        Path root = copy("init-drafts");
        String config = Files.readString(root.resolve("content/dossier.yaml"));
        Path site = temp.resolve("site");
        BuildRun build = BuildRun.of("build", "--root", root.toString(), "--out", site.toString(), "--quiet",
                "--base-url", PREVIEW);
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.readString(site.resolve("people/ada/index.html")).contains("href=\"/pr-17/people/cy/\""));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>" + PREVIEW + "about/</loc>"), sitemap);
        assertFalse(sitemap.contains("example.org"), sitemap);
        assertTrue(Files.readString(site.resolve("data/people.csv")).contains(PREVIEW + "people/ada/"));
        assertEquals(config, Files.readString(root.resolve("content/dossier.yaml")), "dossier.yaml is left as it was");

        // The next build without the option goes back to baseUrl: no page made for the preview is kept.
        assertEquals(0, BuildRun.build(root, site).exitCode());
        assertTrue(Files.readString(site.resolve("people/ada/index.html")).contains("href=\"/drafts/people/cy/\""));
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains("preview.example.net"));
    }

    @Test
    void aBaseUrlThatBaseUrlCouldNotBeIsAUsageError() {
        String root = SiteFiles.fixture("minimal").toString();
        for (String command : new String[] {"build", "serve"}) {
            BuildRun run = BuildRun.of(command, "--root", root, "--out", temp.resolve("out").toString(),
                    "--base-url", "ftp://example.org/");
            if (command.equals("serve")) {
                run = BuildRun.of(command, "--root", root, "--port", "0", "--base-url", "ftp://example.org/");
            }
            assertEquals(2, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains("--base-url \"ftp://example.org/\" does not start with https:// or http://"),
                    run.err());
        }
        BuildRun spaces = BuildRun.of("build", "--root", root, "--base-url", "https://example.org/a b/");
        assertEquals(2, spaces.exitCode(), spaces.err());
        assertTrue(spaces.err().contains("--base-url \"https://example.org/a b/\" is not a URL"), spaces.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void serveBuildsForTheGivenBaseUrl() throws Exception {
        Path root = copy("init-drafts");
        try (LiveServer server = LiveServer.start(root, 0, "/pr-17/", new PrintWriter(new StringWriter()), false,
                new SiteBuilder.Options(false, false, false).withBaseUrl(Optional.of(PREVIEW)))) {
            HttpResponse<String> sitemap = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url() + "sitemap.xml")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, sitemap.statusCode());
            assertTrue(sitemap.body().contains("<loc>" + PREVIEW + "about/</loc>"), sitemap.body());
        }
    }

    private Path copy(String fixture) {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture(fixture), root);
        return root;
    }
}
