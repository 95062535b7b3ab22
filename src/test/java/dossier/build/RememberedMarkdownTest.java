package dossier.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.SiteFiles;
import dossier.cite.UndatedFallback;
import dossier.history.GitHistory;
import dossier.output.MemorySite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} takes a page's Markdown from the last build when neither its text nor anything its
 * links, charts and cites show has changed, and renders it again when any of those did: after every
 * edit the served site is byte for byte what a clean build makes.
 */
class RememberedMarkdownTest {
    @TempDir
    Path temp;

    private final List<String> renders = Collections.synchronizedList(new ArrayList<>());
    private final SiteBuilder serve = new SiteBuilder(GitHistory::of, true,
            () -> UndatedFallback.of(Map.of("SOURCE_DATE_EPOCH", "1704067200"), Clock.systemUTC()), renders::add);

    /** The charts fixture, with a collection of works and a page that cites one and links the chart's page. */
    private Path dossier() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/charts"), root);
        Path config = root.resolve("content/dossier.yaml");
        Files.writeString(config, Files.readString(config) + "  - name: sources\n    cites: works\n");
        Files.copy(Path.of("src/test/resources/sites/cite-clients/content/schemas/sources.schema.json"),
                root.resolve("content/schemas/sources.schema.json"));
        Files.createDirectories(root.resolve("content/sources"));
        Files.writeString(root.resolve("content/sources/brief.yaml"),
                "title: A brief\nurl: https://example.com/brief/\n");
        Files.writeString(root.resolve("content/cited.md"), "---\ntitle: Cited\n---\nAs the brief says."
                + "[^1] See [the report](ref:report).\n\n[^1]: {{< cite brief locator=\"p. 1\" >}}\n");
        return root;
    }

    /** A serve build, then the served site against a clean build of the same content. */
    private List<String> rebuiltLikeACleanBuild(Path root, String step) throws IOException {
        renders.clear();
        MemorySite site = served;
        BuildResult result = serve.build(root, site, SiteBuilder.Options.DEFAULT);
        assertTrue(result.succeeded(), step + ": " + result.problems());
        Path clean = temp.resolve("clean-" + step.replace(' ', '-'));
        assertTrue(new SiteBuilder(GitHistory::of, false,
                () -> UndatedFallback.of(Map.of("SOURCE_DATE_EPOCH", "1704067200"), Clock.systemUTC()), file -> { })
                .build(root, clean).succeeded(), step);
        List<String> differing = SiteFiles.snapshot(clean).entrySet().stream()
                .filter(file -> !file.getValue().equals(hash(site.file(file.getKey()).orElse(new byte[0]))))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), differing, step + ": the served files that differ from a clean build's");
        List<String> rendered = new ArrayList<>(renders);
        Collections.sort(rendered);
        return rendered;
    }

    private final MemorySite served = new MemorySite();

    @Test
    void aPageRendersItsMarkdownAgainOnlyWhenItOrWhatItShowsChanged() throws IOException {
        Path root = dossier();
        assertEquals(List.of("content/cited.md", "content/report.md"), rebuiltLikeACleanBuild(root, "first build"));

        Path d = root.resolve("content/items/d.yaml");
        Files.writeString(d, Files.readString(d).replace("value: ", "value: 1"));
        assertEquals(List.of(), rebuiltLikeACleanBuild(root, "a record the chart filters out"),
                "the pages render again for their citation, their Markdown is remembered");

        Path a = root.resolve("content/items/a.yaml");
        Files.writeString(a, Files.readString(a).replace("value: 1500000", "value: 2500000"));
        assertEquals(List.of("content/cited.md", "content/report.md"), rebuiltLikeACleanBuild(root, "the chart's data"));

        Path brief = root.resolve("content/sources/brief.yaml");
        Files.writeString(brief, Files.readString(brief).replace("/brief/", "/brief-2/"));
        assertEquals(List.of("content/cited.md", "content/report.md"), rebuiltLikeACleanBuild(root, "a work's url"));

        Path report = root.resolve("content/report.md");
        Files.writeString(report, Files.readString(report).replace("title: Page with a chart", "title: Report"));
        assertEquals(List.of("content/cited.md", "content/report.md"), rebuiltLikeACleanBuild(root, "a title"));

        append(root.resolve("content/cited.md"), "\nMore.\n");
        assertEquals(List.of("content/cited.md"), rebuiltLikeACleanBuild(root, "the page itself"));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
