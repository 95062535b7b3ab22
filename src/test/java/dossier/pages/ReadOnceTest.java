package dossier.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.SiteFiles;
import dossier.config.ConfigLoader;
import dossier.config.SiteConfig;
import dossier.content.Content;
import dossier.content.ContentLoader;
import dossier.content.PageReader;
import dossier.io.Sha256;
import dossier.link.LinkedSite;
import dossier.link.Linker;
import dossier.problem.Problems;
import dossier.schema.BundledSchemas;
import dossier.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build reads each page and record once: the load hashes the bytes it parses, and the
 * fingerprints and revisions take that hash rather than reading the file again (40,000 pages were
 * read and stat-ed twice). A file saved while the build runs is then fingerprinted as it was parsed.
 */
class ReadOnceTest {
    private static final YamlReader YAML = new YamlReader();

    @TempDir
    Path temp;

    private Path root() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/records"), root);
        Files.writeString(root.resolve("content/about.md"), "---\ntitle: About\n---\nSee [the hill](ref:places/hill).\n");
        Files.writeString(root.resolve("content/places/_index.md"), "---\ntitle: Places\n---\nWhere it happened.\n");
        return root;
    }

    private static ContentLoader loader(boolean remember) {
        return new ContentLoader(YAML, new PageReader(YAML, BundledSchemas.frontMatter()), BundledSchemas.chart(),
                remember);
    }

    private static LinkedSite load(Path root, boolean remember) {
        return load(root, loader(remember));
    }

    private static LinkedSite load(Path root, ContentLoader loader) {
        Problems problems = new Problems();
        SiteConfig config = new ConfigLoader(YAML).load(root, problems).orElseThrow();
        Content content = loader.load(root, config, problems);
        LinkedSite site = new Linker().link(content, problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        return site;
    }

    private static List<String> pagesAndRecords(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("content"))) {
            return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> file.endsWith(".md") || (file.endsWith(".yaml") && !file.endsWith("dossier.yaml")))
                    .sorted().toList();
        }
    }

    @Test
    void theLoadHashesEveryPageAndRecordItReads() throws IOException {
        Path root = root();
        for (boolean remember : List.of(false, true)) {
            Content content = load(root, remember).content();
            List<String> read = pagesAndRecords(root);
            assertEquals(5, read.size(), read.toString());
            assertEquals(read, content.digests().keySet().stream().sorted().toList());
            for (String file : read) {
                assertEquals(Sha256.hex(Files.readAllBytes(root.resolve(file))), content.digests().get(file), file);
            }
        }
    }

    /** serve's loader: a file it remembers keeps its hash; one saved since is read and hashed again. */
    @Test
    void aRememberingLoaderGivesTheHashesOfWhatItRemembersAndOfWhatChanged() throws IOException {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
            }
        }
        ContentLoader loader = loader(true);
        Map<String, String> first = load(root, loader).content().digests();
        Path hill = root.resolve("content/places/hill.yaml");
        Files.writeString(hill, Files.readString(hill) + "# saved again\n");
        Files.setLastModifiedTime(hill, FileTime.from(Instant.now().minusSeconds(30)));
        Map<String, String> second = load(root, loader).content().digests();
        assertEquals(first.keySet(), second.keySet());
        assertEquals(Sha256.hex(Files.readAllBytes(hill)), second.get("content/places/hill.yaml"));
        assertNotEquals(first.get("content/places/hill.yaml"), second.get("content/places/hill.yaml"));
        first.keySet().stream().filter(file -> !file.equals("content/places/hill.yaml"))
                .forEach(file -> assertEquals(first.get(file), second.get(file), file));
    }

    @Test
    void aFileSavedAfterItWasReadIsFingerprintedAsItWasRead() throws IOException {
        Path root = root();
        LinkedSite site = load(root, false);
        Path hill = root.resolve("content/places/hill.yaml");
        String parsed = Sha256.hex(Files.readAllBytes(hill));
        Files.writeString(hill, Files.readString(hill) + "# saved during the build\n");
        Fingerprints fingerprints = new Fingerprints(root, site, "code");
        assertEquals(parsed, fingerprints.hashOf("content/places/hill.yaml"));
        // A file the load does not parse (the config) is hashed from the disk.
        assertEquals(Sha256.hex(Files.readAllBytes(root.resolve("content/dossier.yaml"))),
                fingerprints.hashOf("content/dossier.yaml"));
        // The next build reads the saved file, and so gives it another hash.
        assertNotEquals(parsed, new Fingerprints(root, load(root, false), "code").hashOf("content/places/hill.yaml"));
    }
}
