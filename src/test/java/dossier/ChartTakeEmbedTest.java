package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Every chart has an embed page at /charts/<id>/embed/ (the figure alone, for an iframe on another
 * site) and its page shows the code that embeds it. The fixture's titles hold quotes, which the code
 * must carry through two rounds of escaping.
 */
class ChartTakeEmbedTest {
    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() {
        site = temp.resolve("site");
        BuildRun run = BuildRun.build(SiteFiles.fixture("take-embed"), site);
        assertEquals(0, run.exitCode(), run.err());
    }

    private static Document page(String file) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve(file)), "https://example.org/take/");
    }

    @Test
    void theEmbedPageIsTheFigureAloneCanonicalToTheChartsPage() throws Exception {
        Document embed = page("charts/by-kind/embed/index.html");
        assertEquals("noindex", embed.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("https://example.org/take/charts/by-kind/", embed.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Amounts \"by\" kind", embed.selectFirst("main > h1").text(), "a heading for screen readers");
        Element figure = embed.selectFirst("main > figure.chart#chart-by-kind");
        assertTrue(figure != null, "the figure");
        assertTrue(figure.selectFirst("canvas[role=img]") != null, "the chart");
        assertTrue(figure.selectFirst(".chart-table table") != null, "its table");
        assertEquals("One bar a kind.", figure.selectFirst(".chart-notes").text());
        assertEquals("/take/charts/by-kind/by-kind.csv", figure.selectFirst(".chart-links a[download]").attr("href"));
        Element credit = embed.selectFirst(".embed-credit a");
        assertEquals("/take/charts/by-kind/", credit.attr("href"));
        assertEquals("Amounts \"by\" kind", credit.text());
        assertEquals("_blank", embed.selectFirst("base").attr("target"), "links leave the frame");
        assertTrue(embed.select("header, nav, .site-search, .cite, footer").isEmpty(),
                "no header, navigation, search, cite panel or footer: " + embed.select("header, nav, .cite, footer"));
        assertEquals(List.of("/take/assets/chart.umd.js", "/take/assets/charts.js", "/take/assets/chart-tools.js"),
                embed.select("script[src]").eachAttr("src"));
    }

    @Test
    void theEmbedPageIsAsStrictAsEveryOtherPage() throws Exception {
        String policy = page("charts/by-kind/index.html").selectFirst("meta[http-equiv=Content-Security-Policy]")
                .attr("content");
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertEquals(policy, page("charts/by-kind/embed/index.html")
                .selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
        assertTrue(page("charts/by-kind/embed/index.html").select("script:not([src]):not([type=application/json])")
                .isEmpty(), "no inline script, only the chart's data");
    }

    @Test
    void theChartsPageShowsTheCodeThatEmbedsIt() throws Exception {
        Document chart = page("charts/by-kind/index.html");
        Element code = chart.selectFirst("textarea#embed-code-by-kind[readonly]");
        assertEquals("https://example.org/take/charts/by-kind/embed/", code.attr("data-embed-url"));
        assertEquals("embed-code-by-kind", chart.selectFirst("label[for=embed-code-by-kind]").attr("for"));
        // The code, pasted into another page, is one iframe of the embed page with the chart's title.
        Element frame = Jsoup.parseBodyFragment(code.val()).selectFirst("body > iframe");
        assertEquals("https://example.org/take/charts/by-kind/embed/", frame.attr("src"));
        assertEquals("Amounts \"by\" kind", frame.attr("title"));
        assertEquals("lazy", frame.attr("loading"));
        assertEquals(List.of("/take/assets/chart.umd.js", "/take/assets/charts.js", "/take/assets/chart-tools.js"),
                chart.select("script[src*=chart]").eachAttr("src"), "chart-tools.js after charts.js");
    }

    @Test
    void theEmbedPageIsNeitherListedNorSearchedNorCited() throws Exception {
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains("embed"));
        assertFalse(Files.readString(site.resolve("feed.xml")).contains("embed"));
        assertFalse(Files.readString(site.resolve("search-index.json")).contains("embed"),
                "neither the embed page nor the chart page's embed code is searched");
        assertTrue(Files.exists(site.resolve("charts/by-kind/cite.bib")), "the chart's page is cited");
        try (var files = Files.list(site.resolve("charts/by-kind/embed"))) {
            assertEquals(List.of("index.html"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void theEmbedPagePassesTheNuHtmlChecker() throws Exception {
        assertEquals(List.of(), NuChecker.errors(site, List.of(site.resolve("charts/by-kind/embed/index.html"),
                site.resolve("charts/by-kind/index.html"))));
    }

    @Test
    void aPageAtAnEmbedPagesPathIsAnErrorAtThatPage() throws Exception {
        Path root = temp.resolve("clash");
        SiteFiles.copyTree(SiteFiles.fixture("take-embed"), root);
        Files.createDirectories(root.resolve("content/charts/by-kind"));
        Files.writeString(root.resolve("content/charts/by-kind/embed.md"), "---\ntitle: Mine\n---\nText.\n");
        BuildRun run = BuildRun.build(root, temp.resolve("clash-site"));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.problems().stream().anyMatch(line -> line.startsWith("content/charts/by-kind/embed.md:")
                && line.contains("the embed page of the chart content/charts/by-kind.yaml")), run.err());
    }
}
