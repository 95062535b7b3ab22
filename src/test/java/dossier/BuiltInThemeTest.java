package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier with no templates/ of its own gets a complete site from the built-in theme: navigation,
 * search box and stylesheet on every page, record fields and table headings under the schemas' titles.
 */
class BuiltInThemeTest {
    @TempDir
    static Path temp;
    private static Path site;

    @BeforeAll
    static void build() {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("theme-schema-driven"), root);
        assertFalse(Files.exists(root.resolve("templates")), "the fixture has no templates of its own");
        site = temp.resolve("site");
        BuildRun run = BuildRun.build(root, site);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void everyPageHasTheNavigationTheSearchBoxAndTheStylesheet() throws IOException {
        List<Path> pages = htmlPages();
        assertTrue(pages.size() >= 10, "pages: " + pages);
        for (Path file : pages) {
            Document page = Jsoup.parse(file.toFile());
            String where = site.relativize(file).toString();
            assertEquals(List.of("Plants", "Operators", "About"), page.select("header nav a").eachText(), where);
            assertEquals("/valley/search/", page.select("header form[role=search]").attr("action"), where);
            assertEquals(1, page.select("header input[type=search][name=q]").size(), where);
            assertEquals("/valley/assets/dossier.css", page.select("link[rel=stylesheet]").attr("href"), where);
            assertTrue(page.select("a.skip-link").attr("href").endsWith("#main"), where);
        }
        assertTrue(Files.size(site.resolve("assets/dossier.css")) > 1000, "the built-in stylesheet is published");
        assertTrue(Files.readString(site.resolve("assets/dossier.css")).contains("prefers-color-scheme: dark"));
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        assertEquals(List.of(), NuChecker.errors(site, htmlPages()));
    }

    @Test
    void theSearchPageExistsWithoutAPageOfItsOwn() throws IOException {
        Document search = Jsoup.parse(site.resolve("search/index.html").toFile());
        assertEquals("/valley/search-index.json", search.select("#search-form").attr("data-index"));
        assertEquals(List.of("/valley/assets/lunr.min.js", "/valley/assets/search.js"),
                search.select("script[src*=lunr], script[src*=search]").eachAttr("src"));
        assertTrue(Files.exists(site.resolve("search-index.json")));
    }

    @Test
    void recordFieldsAreLabelledWithTheSchemaTitlesAndWordedByType() throws IOException {
        Document plant = Jsoup.parse(site.resolve("plants/upper-dam/index.html").toFile());
        assertEquals(List.of("Operated by", "Capacity mw", "Fuel", "Commissioned", "Construction cost", "Turbines",
                "Location", "River", "Elevation m"), plant.select("dl.facts dt").eachText());
        assertEquals("Valley Power", plant.select("dl.facts dd a[href=/valley/operators/valley-power/]").text());
        assertTrue(plant.select("dl.facts dd").eachText().containsAll(List.of("late May 1998", "about $45 million")));
        assertEquals("The oldest plant of the valley.", plant.select("p.lede").text());
        assertEquals(List.of("Home", "Power plants", "Upper dam"), plant.select(".breadcrumbs li").eachText());
        Document operator = Jsoup.parse(site.resolve("operators/valley-power/index.html").toFile());
        assertTrue(operator.select("#linked li a").eachText().contains("Upper dam"), operator.select("#linked").text());
        assertEquals(List.of("Country of registration", "Founded", "Listed on a stock exchange", "Website"),
                operator.select("dl.facts dt").eachText());
        assertTrue(operator.select("dl.facts dd").eachText().containsAll(List.of("2 March 1987", "yes")));
    }

    @Test
    void aCollectionWithoutRecordsHasItsPageAnEmptyTableAndAHeaderOnlyCsv() throws IOException {
        Document inspections = Jsoup.parse(site.resolve("inspections/index.html").toFile());
        assertFalse(inspections.select("table thead th").isEmpty());
        assertTrue(inspections.select("table tbody tr").isEmpty());
        assertEquals(1, Files.readAllLines(site.resolve("data/inspections.csv")).size());
    }

    @Test
    void tablesHeadTheirColumnsWithTheSchemaTitles() throws IOException {
        Document plants = Jsoup.parse(site.resolve("plants/index.html").toFile());
        // columns: [operator, capacity_mw, commissioned, fuel] in dossier.yaml, after the title field.
        assertEquals(List.of("Name of the plant", "Operated by", "Capacity mw", "Commissioned", "Fuel"),
                plants.select("table.records thead th").eachText());
        assertEquals(List.of("Operated by", "Fuel"), plants.select("thead th[data-filter]").eachText());
        assertEquals("/valley/assets/tables.js", plants.select("script[src*=tables]").attr("src"));
        Document operators = Jsoup.parse(site.resolve("operators/index.html").toFile());
        // No columns: the schema's first scalar fields after the title field.
        assertEquals(List.of("Company name", "Country of registration", "Founded", "Listed on a stock exchange",
                "Website"), operators.select("table.records thead th").eachText());
    }

    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
