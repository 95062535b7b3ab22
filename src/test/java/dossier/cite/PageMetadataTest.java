package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the templates put into a page's head and its "Cite this page" box, and the schema.org JSON-LD. */
class PageMetadataTest {

    @Test
    void aRecordIsAnArticleByPeopleAndAnOrganisation() {
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Alpha\","
                + "\"description\":\"About alpha.\",\"url\":\"https://example.org/d/items/alpha/\","
                + "\"@id\":\"https://example.org/d/items/alpha/\",\"inLanguage\":\"en\",\"version\":\"0123456789ab\","
                + "\"dateModified\":\"2024-05-07\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
                + "{\"@type\":\"Person\",\"name\":\"John Roe\"},{\"@type\":\"Organization\",\"name\":\"Steppe Research "
                + "Group\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Steppe Press\"},\"isPartOf\":"
                + "{\"@type\":\"WebSite\",\"name\":\"A Dossier\"},\"license\":\"CC-BY-4.0\",\"keywords\":\"trade, energy\"}",
                PageMetadata.jsonLd(CitationFormatsTest.RECORD, "About alpha.", List.of()));
    }

    @Test
    void aPageIsAnArticleAndTheHomePageAWebPage() throws java.io.IOException {
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"About\","
                + "\"url\":\"https://example.org/d/about/\",\"@id\":\"https://example.org/d/about/\",\"inLanguage\":\"en\","
                + "\"version\":\"ba9876543210\",\"dateModified\":\"2023-12-01\",\"author\":[],\"publisher\":"
                + "{\"@type\":\"Organization\",\"name\":\"A Dossier\"},\"isPartOf\":{\"@type\":\"WebSite\",\"name\":"
                + "\"A Dossier\"}}", PageMetadata.jsonLd(CitationFormatsTest.ANONYMOUS, "", List.of()),
                "no description, license or keywords when there are none");
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\",\"name\":\"Home\",\"url\":"
                + "\"https://example.org/d/\",\"@id\":\"https://example.org/d/\",\"inLanguage\":\"en\",\"version\":"
                + "\"ba9876543210\",\"author\":[{\"@type\":\"Organization\",\"name\":\"Editors Inc.\"}],\"publisher\":"
                + "{\"@type\":\"Organization\",\"name\":\"A Dossier\"},\"isPartOf\":{\"@type\":\"WebSite\",\"name\":"
                + "\"A Dossier\"}}", PageMetadata.jsonLd(CitationFormatsTest.HOME, "", List.of()));
        Citation chart = new Citation("dossier-charts-trade", "Trade", List.of(), "A Dossier", "A Dossier", "en",
                "https://example.org/d/charts/trade/", java.util.Optional.empty(), "aaaaaaaaaaaa", "chart", List.of(),
                "");
        assertEquals("WebPage", type(PageMetadata.jsonLd(chart, "", List.of())));
    }

    @Test
    void aCollectionWithDownloadsIsADatasetByItsCreators() {
        Citation collection = new Citation("dossier-items", "Items", CitationFormatsTest.HOME.authors(), "A Dossier",
                "A Dossier", "en", "https://example.org/d/items/", java.util.Optional.empty(), "cccccccccccc",
                "collection", List.of(), "");
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"Dataset\",\"name\":\"Items\",\"url\":"
                + "\"https://example.org/d/items/\",\"@id\":\"https://example.org/d/items/\",\"inLanguage\":\"en\","
                + "\"version\":\"cccccccccccc\",\"creator\":[{\"@type\":\"Organization\",\"name\":\"Editors Inc.\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"A Dossier\"},\"isPartOf\":{\"@type\":\"WebSite\","
                + "\"name\":\"A Dossier\"},\"distribution\":[{\"@type\":\"DataDownload\",\"contentUrl\":"
                + "\"https://example.org/d/data/items.json\",\"encodingFormat\":\"application/json\"},{\"@type\":"
                + "\"DataDownload\",\"contentUrl\":\"https://example.org/d/data/items.csv\",\"encodingFormat\":"
                + "\"text/csv\"}]}", PageMetadata.jsonLd(collection, "", List.of(
                        new PageMetadata.Distribution("https://example.org/d/data/items.json", "application/json"),
                        new PageMetadata.Distribution("https://example.org/d/data/items.csv", "text/csv"))));
    }

    @Test
    void theTemplatesGetEveryFieldOfTheCitation() {
        Map<String, Object> expected = new LinkedHashMap<>();
        Citation c = CitationFormatsTest.RECORD;
        expected.put("title", "Alpha");
        expected.put("authors", List.of("Jane Doe", "John Roe", "Steppe Research Group"));
        expected.put("publisher", "Steppe Press");
        expected.put("container", "A Dossier");
        expected.put("language", "en");
        expected.put("permalink", "https://example.org/d/items/alpha/");
        expected.put("revision", "0123456789ab");
        expected.put("lastChanged", "2024-05-07");
        expected.put("lastChangedSlash", "2024/05/07");
        expected.put("keywords", "trade; energy");
        expected.put("license", "CC-BY-4.0");
        expected.put("bibUrl", "/d/items/alpha/cite.bib");
        expected.put("risUrl", "/d/items/alpha/cite.ris");
        expected.put("jsonUrl", "/d/items/alpha/cite.json");
        expected.put("jsonLd", PageMetadata.jsonLd(c, "About alpha.", List.of()));
        assertEquals(expected, PageMetadata.of(c, "About alpha.", "/d/items/alpha/", List.of()));
        Map<String, Object> undated = PageMetadata.of(CitationFormatsTest.HOME, "", "/d/", List.of());
        assertEquals("", undated.get("lastChanged"));
        assertEquals("", undated.get("lastChangedSlash"));
        assertEquals("", undated.get("keywords"));
    }

    private static String type(String jsonLd) throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonLd).path("@type").asText();
    }
}
