package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.cite.GoogleDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JSON-LD of the real dossier's pages, as search engines and linked-data tools read it. */
@ExtendWith(SharedDossier.class)
class LinkedDataSiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";

    static Path site;

    @BeforeAll
    static void build(BuiltDossier real) {
        site = real.site();
    }

    @Test
    void everyDatasetPageMeetsGooglesDatasetRequirements() throws IOException {
        List<String> datasets = new ArrayList<>();
        for (Path file : pages()) {
            JsonNode jsonLd = jsonLd(file);
            if (jsonLd.path("@type").asText().equals("Dataset")) {
                String where = site.relativize(file).toString();
                datasets.add(where);
                assertEquals(List.of(), GoogleDataset.check(jsonLd), where);
            }
        }
        assertTrue(datasets.containsAll(List.of("trade/index.html", "exercises/index.html",
                "charts/aid-by-recipient/index.html")), "datasets: " + datasets);
        assertFalse(datasets.contains("charts/index.html"), "the list of charts is a web page");
        assertEquals("Trade values by partner and year. 2 records of “Trade flow”, each with the fields title, partner, "
                + "counterpart, counterpartCountries, year, value, summary and sources, as CSV and as JSON with its "
                + "JSON Schema.", jsonLd(site.resolve("trade/index.html")).path("description").asText(),
                "a 33-character description, completed from the data");
    }

    @Test
    void everyPageLinksItsLicenceItsDossierAndItsDate() throws IOException {
        for (Path file : pages()) {
            String where = site.relativize(file).toString();
            JsonNode jsonLd = jsonLd(file);
            assertEquals(CC_BY, jsonLd.path("license").asText(), "\"CC BY 4.0\" as its URL, on " + where);
            assertEquals(RealDossier.BASE_URL, jsonLd.path("isPartOf").path("url").asText(), where);
            assertEquals("WebSite", jsonLd.path("isPartOf").path("@type").asText(), where);
            assertTrue(jsonLd.path("dateModified").asText().matches("\\d{4}-\\d{2}-\\d{2}"), "dateModified on " + where);
            Document page = Jsoup.parse(file.toFile());
            assertEquals(CC_BY, page.select("link[rel=license]").attr("href"), where);
        }
    }

    @Test
    void aRecordIsBasedOnThePagesOfItsSources() throws IOException {
        JsonNode record = jsonLd(site.resolve("exercises/peace-mission-2007/index.html"));
        List<String> sources = new ArrayList<>();
        record.path("isBasedOn").forEach(work -> sources.add(work.path("url").asText()));
        assertEquals(List.of(RealDossier.BASE_URL + "sources/china-brief-2010/",
                RealDossier.BASE_URL + "sources/note-3-mcdermott-2007/"), sources);
        for (String url : sources) {
            Path page = site.resolve(url.substring(RealDossier.BASE_URL.length())).resolve("index.html");
            assertTrue(Files.isRegularFile(page), "a built page at " + url);
        }
        assertEquals("The Rising Dragon. SCO Peace Mission 2007", record.path("isBasedOn").get(1).path("name").asText());
        JsonNode chart = jsonLd(site.resolve("charts/aid-by-recipient/index.html"));
        assertEquals(RealDossier.BASE_URL + "aid/", chart.path("isBasedOn").get(0).path("url").asText(),
                "a chart is based on its collection");
    }

    private static JsonNode jsonLd(Path file) throws IOException {
        return JSON.readTree(Jsoup.parse(file.toFile()).select("script[type=application/ld+json]").html());
    }

    /**
     * The citable pages: every index.html but the history pages and the charts' embed pages (whose
     * canonical page is the chart's); the 404 page has no linked data either.
     */
    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(path -> path.getFileName().toString().equals("index.html"))
                    .filter(path -> !site.relativize(path).toString().matches("(.*/)?history/index.html"))
                    .filter(path -> !site.relativize(path).toString().matches("charts/[^/]+/embed/index.html"))
                    .sorted().toList();
        }
    }
}
