package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.GitFolder;
import dossier.config.SiteConfig;
import dossier.history.ChangeHistory;
import dossier.link.PageKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** The citation of a page from the site's settings, its input files, their history and their content. */
class CitationsTest {
    private static final List<SiteConfig.Author> AUTHORS = List.of(new SiteConfig.Author("Jane Doe", "Doe", "Jane"),
            new SiteConfig.Author("Steppe Research Group", "", ""));
    private static final Map<String, String> HASHES = Map.of("content/items/alpha.yaml", "hash-a",
            "content/schemas/items.schema.json", "hash-s", "content/about.md", "hash-b");

    private static SiteConfig config(String publisher) {
        return new SiteConfig("A Dossier", "https://example.org/d/", "en", "About the region.", AUTHORS, publisher,
                "CC-BY-4.0", List.of(), List.of(), false, true);
    }

    private static Citations citations(String publisher, ChangeHistory history) {
        return new Citations(config(publisher), history, HASHES::get);
    }

    @Test
    void aCitationNamesThePageTheSiteAndItsAuthors() {
        Citation c = citations("Steppe Press", ChangeHistory.none()).of("Alpha", PageKind.RECORD, "/items/alpha/",
                List.of("content/items/alpha.yaml"), List.of("trade"), "");
        assertEquals("dossier-items-alpha", c.key());
        assertEquals("Alpha", c.title());
        assertEquals(List.of(new Citation.Author("Jane Doe", "Doe", "Jane"),
                new Citation.Author("Steppe Research Group", "", "")), c.authors());
        assertEquals("A Dossier", c.container());
        assertEquals("Steppe Press", c.publisher());
        assertEquals("en", c.language());
        assertEquals("https://example.org/d/items/alpha/", c.permalink());
        assertEquals(Optional.empty(), c.lastChanged());
        assertEquals(PageKind.RECORD, c.kind());
        assertEquals(List.of("trade"), c.keywords());
        assertEquals("CC-BY-4.0", c.license());
        assertTrue(c.revision().matches("[0-9a-f]{12}"), c.revision());
    }

    @Test
    void withoutAPublisherTheSiteIsItsOwnPublisher() {
        assertEquals("A Dossier", citations("", ChangeHistory.none()).of("Home", PageKind.HOME, "/", List.of(), List.of(), "")
                .publisher());
    }

    @Test
    void keysFollowTheSitePath() {
        Citations citations = citations("", ChangeHistory.none());
        assertEquals("dossier-home", citations.of("Home", PageKind.HOME, "/", List.of(), List.of(), "").key());
        assertEquals("dossier-analysis-limits", citations.of("Limits", PageKind.PAGE, "/analysis/limits/", List.of(),
                List.of(), "").key());
    }

    @Test
    void theDateIsTheLastChangeOfAnyInputElseTheFrontMatterDate(@TempDir Path root) {
        GitFolder.init(root)
                .commit("2020-01-01", "content/about.md", "about\n")
                .commit("2024-05-07", "content/items/alpha.yaml", "title: Alpha\n")
                .commit("2025-01-02", "content/schemas/items.schema.json", "{}\n");
        Citations citations = citations("", dossier.history.GitHistory.of(root).lastChanged());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 2)), citations.of("Alpha", PageKind.RECORD, "/items/alpha/",
                List.of("content/items/alpha.yaml", "content/schemas/items.schema.json"), List.of(), "2000-01-01")
                .lastChanged(), "the newest of the inputs, before the front matter");
        assertEquals(Optional.of(LocalDate.of(2024, 5, 7)), citations.of("Alpha", PageKind.RECORD, "/items/alpha/",
                List.of("content/items/alpha.yaml", "content/about.md"), List.of(), "").lastChanged());
        assertEquals(Optional.of(LocalDate.of(2021, 3, 4)), citations.of("New", PageKind.PAGE, "/new/",
                List.of("content/new.md"), List.of(), "2021-03-04").lastChanged(), "not in git yet");
        assertEquals(Optional.empty(), citations.of("New", PageKind.PAGE, "/new/", List.of("content/new.md"), List.of(),
                "March 2021").lastChanged(), "not a date");
    }

    @Test
    void theRevisionFollowsTheInputsAndTheirContentNotTheirOrder() {
        Citations citations = citations("", ChangeHistory.none());
        String both = citations.revision(List.of("content/items/alpha.yaml", "content/schemas/items.schema.json"));
        assertEquals(both, citations.revision(List.of("content/schemas/items.schema.json", "content/items/alpha.yaml")));
        assertNotEquals(both, citations.revision(List.of("content/items/alpha.yaml")));
        Citations changed = new Citations(config(""), ChangeHistory.none(),
                file -> file.equals("content/items/alpha.yaml") ? "hash-a2" : HASHES.get(file));
        assertNotEquals(both, changed.revision(List.of("content/items/alpha.yaml",
                "content/schemas/items.schema.json")));
        // The first 12 hex digits of SHA-256("content/about.md\0hash-b\0").
        assertEquals(sha256("content/about.md\0hash-b\0").substring(0, 12), citations.revision(List.of("content/about.md")));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
