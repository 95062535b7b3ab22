package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** Citation metadata, exports that reference managers read, sitemap and feed, on the real dossier. */
@ExtendWith(SharedDossier.class)
class CitationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build(BuiltDossier real) {
        site = real.site();
    }

    @Test
    void everyPageCarriesItsCitationMetadata() throws IOException {
        List<Path> pages = citablePages();
        assertTrue(pages.size() > contentPages().size(), "versions of pages carry it too");
        assertTrue(pages.size() >= 40);
        for (Path file : pages) {
            Document page = Jsoup.parse(file.toFile());
            String where = site.relativize(file).toString();
            String canonical = page.select("link[rel=canonical]").attr("href");
            assertTrue(canonical.startsWith("https://dossier.github.io/china-central-asia/"), where);
            // A source's page describes the work it records (aSourcesPageTellsReferenceManagersAboutTheWork...).
            // A version of a source's page describes the work when it is the current revision, and the
            // dossier's entry as it was otherwise (it has the dossier as its site).
            boolean work = where.matches("sources/[^/]+/index.html") || where.matches("sources/[^/]+/v/[^/]+/index.html")
                    && page.getElementsByAttributeValue("property", "og:site_name").isEmpty();
            for (String name : work ? List.of("citation_title", "DC.type") : List.of("citation_title",
                    "citation_author", "citation_publication_date", "citation_online_date", "citation_public_url",
                    "citation_publisher", "citation_language", "DC.title", "DC.creator", "DC.date", "DC.identifier",
                    "DC.rights")) {
                assertFalse(page.getElementsByAttributeValue("name", name).attr("content").isBlank(),
                        name + " on " + where);
            }
            for (String property : work ? List.of("og:title", "og:url") : List.of("og:title", "og:url",
                    "og:site_name")) {
                assertFalse(page.getElementsByAttributeValue("property", property).attr("content").isBlank(),
                        property + " on " + where);
            }
            // A dataset has no og:type, which Zotero would rank above its DC.type (see MetaTags).
            String type = page.getElementsByAttributeValue("name", "DC.type").attr("content");
            assertEquals(work ? (type.equals("book") ? "book" : "") : type.equals("Dataset") ? "" : "website",
                    page.getElementsByAttributeValue("property", "og:type").attr("content"), "og:type on " + where);
            JsonNode jsonLd = JSON.readTree(page.select("script[type=application/ld+json]").html());
            assertEquals(canonical, jsonLd.path("url").asText(), where);
            assertEquals(3, page.select("#cite .cite-styles").last().select(".cite-text").size(),
                    "three citation styles of the page on " + where);
            for (String export : List.of("cite.bib", "cite.ris", "cite.json")) {
                assertTrue(Files.isRegularFile(file.resolveSibling(export)), export + " beside " + where);
            }
        }
        JsonNode dataset = JSON.readTree(Jsoup.parse(site.resolve("aid/index.html").toFile())
                .select("script[type=application/ld+json]").html());
        assertEquals("Dataset", dataset.path("@type").asText());
        assertEquals(3, dataset.path("distribution").size());
        JsonNode article = JSON.readTree(Jsoup.parse(site.resolve("exercises/peace-mission-2007/index.html").toFile())
                .select("script[type=application/ld+json]").html());
        assertEquals("Article", article.path("@type").asText());
    }

    @Test
    void aSourcesPageTellsReferenceManagersAboutTheWorkItDescribes() throws IOException {
        String html = Files.readString(site.resolve("sources/note-2-syroezhkin-2003/index.html"));
        assertTrue(html.contains("""
                <meta name="citation_title" content="Mify i real’nost’ etnicheskogo separatizma v Kitae i \
                bezopasnost’ Tsentral’noi Azii">
                <meta name="citation_author" content="Syroezhkin, K. L.">
                <meta name="citation_publication_date" content="2003">
                <meta name="citation_publisher" content="Dajk-Press">
                <meta name="eprints.place_of_pub" content="Almaty">
                <meta name="citation_language" content="ru">
                <meta name="DC.type" content="book">
                <meta property="og:type" content="book">
                """), html);
        assertFalse(html.contains("og:site_name"), "the dossier is not the book's website");
        String entry = Jsoup.parse(html).select("#cite .cite-text").text();
        assertTrue(entry.matches(".*Dossier editors\\. \\d{4}\\. “Mify i real’nost’ etnicheskogo separatizma v Kitae i.*"),
                "the entry keeps the Russian title's letter case: " + entry);
        assertFalse(html.contains("content=\"Dossier editors,\""), "the dossier's editors did not write the book");
    }

    @Test
    void citationsGiveThePermalinkTheRevisionAndLeaveTheAccessDate() throws IOException {
        Document page = Jsoup.parse(site.resolve("exercises/peace-mission-2007/index.html").toFile());
        String chicago = page.select("#cite-chicago-author-date .cite-text").text();
        assertTrue(chicago.contains("https://dossier.github.io/china-central-asia/exercises/peace-mission-2007/"), chicago);
        // MLA is the default style that prints a version: the revision.
        String mla = page.select("#cite-modern-language-association .cite-text").text();
        assertTrue(mla.matches(".*, [0-9a-f]{12}, .*"), mla);
        assertTrue(page.select(".cite-meta").text().matches(".*Revision [0-9a-f]{12}.*"));
        assertTrue(page.select(".cite-accessed").isEmpty(), "a dated page needs no access date in these styles");
        String bib = Files.readString(site.resolve("exercises/peace-mission-2007/cite.bib"));
        assertFalse(bib.contains("urldate"), bib);
    }

    @Test
    void everyBibtexAndCslJsonExportReadsInPandoc() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pandoc")) || "true".equals(System.getenv("CI")),
                "pandoc is not installed: `apt-get install pandoc` to run this test (it always runs in CI)");
        List<Path> bib = exports("cite.bib");
        List<Path> csl = exports("cite.json");
        assertEquals(bib.size(), csl.size());
        // One pandoc run per format over every export: each entry must come back out.
        Path allBib = temp.resolve("all.bib");
        StringBuilder text = new StringBuilder();
        for (Path file : bib) {
            text.append(Files.readString(file)).append('\n');
        }
        Files.writeString(allBib, text);
        assertEquals(bib.size(), JSON.readTree(pandoc("bibtex", allBib)).size(), "entries pandoc read from BibTeX");
        Path allCsl = temp.resolve("all.json");
        List<JsonNode> items = new ArrayList<>();
        for (Path file : csl) {
            JSON.readTree(file.toFile()).forEach(items::add);
        }
        JSON.writeValue(allCsl.toFile(), items);
        assertEquals(csl.size(), JSON.readTree(pandoc("csljson", allCsl)).size(), "entries pandoc read from CSL-JSON");
    }

    @Test
    void sitemapAndFeedAreWellFormed() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        NodeList locations = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertEquals(contentPages().size(), locations.getLength(), "one <loc> a canonical page");
        var feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertTrue(entries.getLength() > 10, "entries: " + entries.getLength());
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (org.w3c.dom.Element) entries.item(i);
            assertTrue(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0)
                    .getTextContent().matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"));
        }
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: https://dossier.github.io/"));
        assertTrue(Files.readString(site.resolve("404.html")).contains("noindex"));
    }

    private static String pandoc(String format, Path file) throws Exception {
        Process process = new ProcessBuilder("pandoc", "--from=" + format, "--to=csljson", file.toString())
                .redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), err);
        assertEquals("", err.strip(), "pandoc warnings for " + format);
        return out;
    }

    private static List<Path> exports(String name) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(f -> f.getFileName().toString().equals(name)).sorted().toList();
        }
    }

    /** Pages with content: not the redirects of aliases, not the 404 page. */
    /** The current pages: one each in the sitemap. */
    private static List<Path> contentPages() throws IOException {
        return citablePages().stream().filter(f -> !SiteFiles.isVersionOrHistory(site.relativize(f))).toList();
    }

    /** The pages with citation downloads: the current pages and their versions. */
    private static List<Path> citablePages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(f -> f.getFileName().toString().equals("index.html"))
                    .filter(f -> Files.isRegularFile(f.resolveSibling("cite.bib")))
                    .sorted().toList();
        }
    }
}
