package dossier.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.SiteFiles;
import dossier.history.GitHistory;
import dossier.output.MemorySite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A builder kept for many builds ({@code serve}) reads, hashes and parses again only the files that
 * changed; what it remembers never hides a change: an edited file, or a record whose schema changed.
 */
class RememberedFilesTest {
    @TempDir
    Path temp;

    private final SiteBuilder builder = new SiteBuilder(GitHistory::of, true);

    /** The fixture, its files dated a minute ago, as files are that an editor saved a while before. */
    private Path dossier() throws IOException {
        return dossier("records");
    }

    private Path dossier(String fixture) throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(Path.of("src/test/resources/sites").resolve(fixture), root);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
        return root;
    }

    private BuildResult build(Path root, MemorySite site) {
        return builder.build(root, site, SiteBuilder.Options.DEFAULT);
    }

    private static String page(MemorySite site, String path) {
        return new String(site.file(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void aRecordWhoseSchemaChangedIsCheckedAgainThoughItsFileDidNot() throws IOException {
        Path root = dossier();
        MemorySite site = new MemorySite();
        assertTrue(build(root, site).succeeded());
        Path schema = root.resolve("content/schemas/places.schema.json");
        Files.writeString(schema, Files.readString(schema).replace("\"required\": [\"name\"]",
                "\"required\": [\"name\", \"height\"]"));
        BuildResult result = build(root, site);
        assertFalse(result.succeeded(), "hill.yaml has no height, which the schema now requires");
        assertTrue(result.problems().stream().anyMatch(p -> p.format().startsWith("content/places/hill.yaml:")),
                result.problems().toString());
    }

    @Test
    void anEditedRecordOrPageShowsAtTheNextBuild() throws IOException {
        Path root = dossier();
        MemorySite site = new MemorySite();
        assertTrue(build(root, site).succeeded());
        Path hill = root.resolve("content/places/hill.yaml");
        Files.writeString(hill, Files.readString(hill).replace("Hill <town>", "Mount <town>"));
        assertTrue(build(root, site).succeeded());
        assertTrue(page(site, "places/hill/index.html").contains("Mount &lt;town&gt;"));
        // Saved again at once, with the same size: the file's time may not have moved, so it was not remembered.
        Files.writeString(hill, Files.readString(hill).replace("Mount <town>", "Mound <town>"));
        assertTrue(build(root, site).succeeded());
        assertTrue(page(site, "places/hill/index.html").contains("Mound &lt;town&gt;"));
    }

    @Test
    void aFileWithProblemsIsReadAgainOnceFixed() throws IOException {
        Path root = dossier();
        MemorySite site = new MemorySite();
        Path hill = root.resolve("content/places/hill.yaml");
        String good = Files.readString(hill);
        Files.writeString(hill, "name: [unclosed\n");
        Files.setLastModifiedTime(hill, FileTime.from(Instant.now().minusSeconds(50)));
        assertFalse(build(root, site).succeeded());
        Files.writeString(hill, good);
        Files.setLastModifiedTime(hill, FileTime.from(Instant.now().minusSeconds(40)));
        assertTrue(build(root, site).succeeded());
        assertTrue(page(site, "places/hill/index.html").contains("Hill &lt;town&gt;"));
    }

    @Test
    void aDownloadThatBreaksItsSchemaIsReportedAtEveryBuildUntilMended() throws IOException {
        Path root = dossier("data-error-download-schema");
        MemorySite site = new MemorySite();
        for (int build = 0; build < 2; build++) {
            BuildResult result = build(root, site);
            assertFalse(result.succeeded(), "build " + build);
            assertTrue(result.problems().stream().anyMatch(p -> p.message().startsWith(
                    "the data download /data/places.json would not match")), result.problems().toString());
        }
        Path schema = root.resolve("content/schemas/places.schema.json");
        Files.writeString(schema, Files.readString(schema).replace("\"additionalProperties\": false, ", ""));
        assertTrue(build(root, site).succeeded(), "the schema now lets the download add its fields");
    }
}
