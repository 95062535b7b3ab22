package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long reads on a small dossier ({@code sites/reads-folders}): a table of contents on pages with four
 * or more sections, a page for every folder of pages, previous and next in a folder's order, and
 * footnotes under a heading with their back-links inline.
 */
class LongReadFoldersTest {
    @TempDir
    static Path temp;
    static Path root;
    static Path site;

    @BeforeAll
    static void build() throws IOException, URISyntaxException {
        root = temp.resolve("root");
        SiteFiles.copyTree(Path.of(LongReadFoldersTest.class.getResource("/sites/reads-folders").toURI()), root);
        site = temp.resolve("site");
        BuildRun run = BuildRun.of("build", "--root", root.toString(), "--out", site.toString(), "--quiet",
                "--update-ledger");
        assertEquals(0, run.exitCode(), run.err());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path).resolve("index.html")));
    }

    private static List<String> texts(Document page, String selector) {
        return page.select(selector).stream().map(Element::text).toList();
    }

    @Test
    void aPageWithFourSectionsHasItsContentsWithSubsectionsNested() throws IOException {
        Document first = page("essays/first");
        Element toc = first.selectFirst("nav.toc[aria-label=Contents]");
        assertTrue(toc != null, "no contents on a page with four sections");
        assertEquals(List.of("One", "Two", "Three", "Four", "Notes"), texts(first, "nav.toc > details > ol > li > a"));
        assertEquals(List.of("One point one"), texts(first, "nav.toc > details > ol > li:first-child > ol > li > a"));
        assertEquals("#one-point-one", first.selectFirst("nav.toc ol ol a").attr("href"));
        // Every entry leads to a heading of the page.
        for (Element link : toc.select("a")) {
            assertTrue(first.getElementById(link.attr("href").substring(1)) != null, link.attr("href"));
        }
    }

    @Test
    void aNavigationRefKeepsItsAnchor() throws IOException {
        assertEquals(List.of("/reads/essays/", "/reads/essays/first/#two"),
                page("about").select("nav[aria-label=Main] a").eachAttr("href"));
    }

    @Test
    void aPageWithFewerThanFourSectionsHasNone() throws IOException {
        assertEquals(List.of(), texts(page("essays/second"), "nav.toc"), "three sections");
        assertEquals(List.of(), texts(page("guides/start"), "nav.toc"), "no section");
        // Three sections and the notes make four.
        assertEquals(List.of("One", "Two", "Three", "Notes"), texts(page("about"), "nav.toc li > a"));
    }

    @Test
    void aFolderWithoutAPageOfItsOwnListsItsPagesByWeightThenTitle() throws IOException {
        Document essays = page("essays");
        assertEquals("All the essays", essays.selectFirst("h1").text(), "the navigation's title for the folder");
        assertEquals(List.of("Deeper", "First essay", "Another at twenty", "Second essay"),
                texts(essays, "ol.folder-list > li > a"));
        assertEquals("/reads/essays/first/", essays.select("ol.folder-list > li > a").get(1).attr("href"));
        assertEquals("The first, with four sections and a note.",
                essays.select("ol.folder-list > li").get(1).selectFirst("p").text());
        assertEquals(List.of("Inner page"), texts(page("essays/deeper"), "ol.folder-list > li > a"));
    }

    @Test
    void aFolderWithAPageOfItsOwnShowsItsTextAboveTheList() throws IOException {
        Document guides = page("guides");
        assertEquals("The guides", guides.selectFirst("h1").text());
        assertEquals(List.of("Start here", "Then this"), texts(guides, "ol.folder-list > li > a"));
        Element text = guides.selectFirst(".prose > p");
        assertEquals("These guides are short. Read them in order.", text.text());
        assertTrue(text.elementSiblingIndex() < guides.selectFirst("ol.folder-list").elementSiblingIndex());
    }

    @Test
    void pagesLinkTheirFolderInTheBreadcrumbs() throws IOException {
        assertEquals(List.of("Home", "All the essays", "Deeper", "Inner page"),
                texts(page("essays/deeper/inner"), "nav.breadcrumbs li"));
        assertEquals("/reads/essays/deeper/",
                page("essays/deeper/inner").select("nav.breadcrumbs a").get(2).attr("href"));
        assertEquals(List.of("Home", "The guides", "Start here"), texts(page("guides/start"), "nav.breadcrumbs li"));
    }

    @Test
    void previousAndNextFollowTheFoldersOrder() throws IOException {
        assertEquals(List.of("Previous Deeper", "Next Another at twenty"), texts(page("essays/first"), "nav.pager a"));
        assertEquals(List.of("Previous Another at twenty"), texts(page("essays/second"), "nav.pager a"));
        assertEquals("/reads/essays/another/", page("essays/second").selectFirst("nav.pager a[rel=prev]").attr("href"));
        assertEquals(List.of("Next Then this"), texts(page("guides/start"), "nav.pager a"));
        assertEquals(List.of(), texts(page("about"), "nav.pager"), "a page at the top has no folder to page through");
    }

    @Test
    void theBackLinkEndsTheNotesLastParagraph() throws IOException {
        Element note = page("essays/first").getElementById("fn-1");
        assertEquals(1, note.children().size(), "only the paragraph: " + note.html());
        assertEquals(2, note.child(0).select("a.footnote-backref").size(), "both back-links inside it");
        Element twoParagraphs = page("essays/another").getElementById("fn-1");
        assertEquals("Second paragraph of the note. \u21a9", twoParagraphs.child(1).text());
        assertEquals(List.of("Notes"), texts(page("essays/another"), ".footnotes > h2"));
    }

    @Test
    void pagesWithFootnotesLoadTheirPreviewScript() throws IOException {
        String script = "script[src=/reads/assets/footnotes.js]";
        assertEquals(1, page("essays/first").select(script).size());
        assertEquals(0, page("essays/second").select(script).size());
        assertTrue(Files.isRegularFile(site.resolve("assets/footnotes.js")));
    }

    @Test
    void folderPagesAreInTheSitemapSearchIndexAndLedger() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        String search = Files.readString(site.resolve("search-index.json"));
        String ledger = Files.readString(root.resolve("content/published-urls.txt"));
        for (String folder : List.of("/essays/", "/essays/deeper/", "/guides/")) {
            assertTrue(sitemap.contains("https://example.org/reads" + folder + "<"), folder + " in the sitemap");
            assertTrue(search.contains("\"/reads" + folder + "\""), folder + " in the search index");
            assertTrue(ledger.lines().anyMatch(folder::equals), folder + " in the ledger");
        }
        assertEquals(List.of("Cite this page"), texts(page("essays"), "section.cite > h2"),
                "a folder's page can be cited");
        assertTrue(!search.contains("Contents"), "the contents repeat the headings; the index has them once");
    }

    @Test
    void aNewWeightReordersTheNeighboursOfPagesThatDidNotChange() throws IOException {
        Path copy = temp.resolve("reweighed");
        SiteFiles.copyTree(root, copy);
        Path out = temp.resolve("reweighed-site");
        assertEquals(0, BuildRun.build(copy, out).exitCode());
        Path then = copy.resolve("content/guides/then.md");
        Files.writeString(then, Files.readString(then).replace("weight: 2", "weight: 0"));
        BuildRun rebuilt = BuildRun.build(copy, out);
        assertEquals(0, rebuilt.exitCode(), rebuilt.err());
        Document start = Jsoup.parse(Files.readString(out.resolve("guides/start/index.html")));
        assertEquals(List.of("Previous Then this"), texts(start, "nav.pager a"), "start.md itself is unchanged");
    }
}
