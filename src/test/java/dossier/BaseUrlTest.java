package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.config.ConfigLoader;
import dossier.config.SiteConfig;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * baseUrl lands unescaped in every permalink, the sitemap, the feed, redirect pages, _redirects and
 * citations: anything but a plain absolute http(s) address is an error at its value.
 */
class BaseUrlTest {
    @TempDir
    Path temp;

    @Test
    void aBaseUrlThatIsNotAPlainHttpAddressIsAnErrorAtItsValue() throws Exception {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("https://example.org//dossier/", "has an empty path segment (\"//\"); write the path with "
                        + "single slashes: https://example.org/dossier/"),
                Map.entry("https://example.org/a//", "has an empty path segment"),
                Map.entry("https://user:secret@example.org/", "holds a user name or password"),
                Map.entry("https://example.org/?q=1", "has a query (?) or fragment (#)"),
                Map.entry("https://example.org/#top", "has a query (?) or fragment (#)"),
                Map.entry("https://example.org/a b/", "is not a URL"),
                Map.entry("https://example.org/a\\\"onload=x/", "is not a URL"),
                Map.entry("https://example.org/\\tx/", "is not a URL"),
                Map.entry("https://example.org/\\r\\nLocation: x/", "is not a URL"),
                Map.entry("https:///dossier/", "has no host name"),
                Map.entry("https://exa_mple.org/", "has no host name"),
                Map.entry("javascript://example.org/%0aalert(1)", "does not start with https:// or http://"),
                Map.entry("HTTPS://example.org/", "does not start with https:// or http://"),
                Map.entry("/dossier/", "does not start with https:// or http://"),
                Map.entry("https://example.org/a/../b/", "has the path segment \"..\""),
                Map.entry("https://example.org/it's/", "has the path segment \"it's\""),
                Map.entry("https://example.org/a%20b/", "has the path segment \"a%20b\""));
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            Problems problems = new Problems();
            Optional<SiteConfig> config = load("title: T\nbaseUrl: \"" + entry.getKey() + "\"\n", problems);
            List<Problem> found = problems.sorted();
            assertTrue(config.isEmpty(), entry.getKey());
            assertEquals(1, found.size(), entry.getKey() + ": " + found);
            Problem problem = found.get(0);
            assertEquals("content/dossier.yaml:2:10", problem.file() + ":" + problem.line() + ":" + problem.column(),
                    problem.format());
            assertTrue(problem.format().contains(entry.getValue()), problem.format());
        }
    }

    @Test
    void aPlainBaseUrlIsKeptAndAMissingFinalSlashIsAdded() throws Exception {
        Map<String, String> basePaths = Map.of("https://example.org/", "/", "https://example.org", "/",
                "http://127.0.0.1:8080/sub/", "/sub/", "https://example.org/a/b-c_d.e~f", "/a/b-c_d.e~f/");
        for (Map.Entry<String, String> entry : basePaths.entrySet()) {
            Problems problems = new Problems();
            Optional<SiteConfig> config = load("title: T\nbaseUrl: " + entry.getKey() + "\n", problems);
            assertEquals(List.of(), problems.sorted(), entry.getKey());
            assertEquals(entry.getValue(), config.orElseThrow().basePath(), entry.getKey());
        }
    }

    private Optional<SiteConfig> load(String yaml, Problems problems) throws Exception {
        Path root = Files.createTempDirectory(temp, "root");
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/dossier.yaml"), yaml);
        return new ConfigLoader(new YamlReader()).load(root, problems);
    }
}
