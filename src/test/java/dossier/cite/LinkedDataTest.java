package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.config.SiteConfig;
import dossier.link.PageKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schema.org JSON-LD of each kind of page, exactly, and the rules its values follow. */
class LinkedDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<SiteConfig.Author> AUTHORS = List.of(
            new SiteConfig.Author("Jane Doe", "Doe", "Jane", "https://example.org/people/jane"),
            new SiteConfig.Author("Steppe Research Group", "", ""));
    private static final LinkedData.Work SOURCE = new LinkedData.Work("https://example.org/d/sources/report-2009/",
            "Annual report 2009");
    private static final LinkedData.Dataset ITEMS = new LinkedData.Dataset("2 records of “Item”, each with the fields "
            + "title and value, as CSV and as JSON with its JSON Schema.", List.of(
            new LinkedData.Distribution("https://example.org/d/data/items.csv", "text/csv"),
            new LinkedData.Distribution("https://example.org/d/data/items.json", "application/json")));

    private static LinkedData linkedData(String license) {
        return new LinkedData(new SiteConfig("A Dossier", "https://example.org/d/", "en", "", AUTHORS, "Steppe Press",
                license, List.of(), List.of(), false, true));
    }

    @Test
    void aRecordIsAnArticleInTheDossierBasedOnItsSources() {
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"@id\":\"https://example.org/d/items/alpha/\","
                + "\"url\":\"https://example.org/d/items/alpha/\",\"headline\":\"Alpha\",\"description\":\"About alpha.\","
                + "\"inLanguage\":\"en\",\"version\":\"0123456789ab\",\"dateModified\":\"2024-05-07\",\"author\":["
                + "{\"@type\":\"Person\",\"name\":\"Jane Doe\",\"givenName\":\"Jane\",\"familyName\":\"Doe\","
                + "\"url\":\"https://example.org/people/jane\"},{\"@type\":\"Organization\",\"name\":\"Steppe Research "
                + "Group\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Steppe Press\"},\"isPartOf\":{\"@type\":"
                + "\"WebSite\",\"@id\":\"https://example.org/d/#website\",\"url\":\"https://example.org/d/\",\"name\":"
                + "\"A Dossier\"},\"license\":\"https://creativecommons.org/licenses/by/4.0/\",\"keywords\":\"trade, "
                + "energy\",\"isBasedOn\":[{\"@type\":\"CreativeWork\",\"@id\":\"https://example.org/d/sources/report-2009/\","
                + "\"url\":\"https://example.org/d/sources/report-2009/\",\"name\":\"Annual report 2009\"}]}",
                linkedData("CC BY 4.0").jsonLd(CitationFormatsTest.RECORD, "About alpha.", Optional.empty(),
                        List.of(SOURCE)));
    }

    @Test
    void theHomePageIsAWebPageOfTheWebSiteWhichHasAnIdOfItsOwn() throws Exception {
        JsonNode home = JSON.readTree(linkedData("").jsonLd(CitationFormatsTest.HOME, "", Optional.empty(), List.of()));
        assertEquals("WebPage", home.path("@type").asText());
        assertEquals("Home", home.path("name").asText());
        assertEquals("https://example.org/d/", home.path("@id").asText());
        assertEquals("https://example.org/d/#website", home.path("isPartOf").path("@id").asText(),
                "one @id for two things would merge the page and the site into one node");
        assertFalse(home.has("dateModified"), "no date when none is known");
        assertFalse(home.has("license"), "no licence when the site names none");
        assertFalse(home.has("isBasedOn"));
        assertFalse(home.has("description"));
    }

    @Test
    void aCollectionIsADatasetWhoseDescriptionSaysWhatItsDataHolds() throws Exception {
        Citation items = new Citation("dossier-items", "Items", CitationFormatsTest.RECORD.authors(), "A Dossier",
                "Steppe Press", "en", "https://example.org/d/items/", Optional.empty(), "cccccccccccc", PageKind.COLLECTION,
                List.of("Items"), "CC0-1.0");
        JsonNode dataset = JSON.readTree(linkedData("CC0-1.0").jsonLd(items, "Items by year.", Optional.of(ITEMS),
                List.of(SOURCE)));
        assertEquals("Dataset", dataset.path("@type").asText());
        assertEquals("Items", dataset.path("name").asText());
        assertEquals("Items by year. 2 records of “Item”, each with the fields title and value, as CSV and as JSON "
                + "with its JSON Schema.", dataset.path("description").asText());
        assertEquals("https://creativecommons.org/publicdomain/zero/1.0/", dataset.path("license").asText());
        assertEquals(2, dataset.path("creator").size());
        assertFalse(dataset.has("author"), "a Dataset has creators");
        assertTrue(dataset.path("isAccessibleForFree").asBoolean());
        assertEquals("{\"@type\":\"DataDownload\",\"contentUrl\":\"https://example.org/d/data/items.csv\","
                + "\"encodingFormat\":\"text/csv\"}", dataset.path("distribution").get(0).toString());
        assertEquals("https://example.org/d/sources/report-2009/", dataset.path("isBasedOn").get(0).path("url").asText());
        GoogleDataset.check(dataset).forEach(fault -> { throw new AssertionError(fault); });
    }

    @Test
    void aDatasetDescriptionIsNeverShorterThanItsContentsNorLongerThanGoogleReads() {
        assertEquals("3 records.", LinkedData.datasetDescription("", "3 records."));
        assertEquals("Trade values. 3 records.", LinkedData.datasetDescription("Trade values. ", "3 records."));
        String cut = LinkedData.datasetDescription("word ".repeat(1500), "3 records.");
        assertTrue(cut.length() <= LinkedData.MAX_DESCRIPTION, "length " + cut.length());
        assertTrue(cut.endsWith("word…"), "cut after a whole word: " + cut.substring(cut.length() - 20));
    }

    @Test
    void aLicenceKnownOnlyByNameIsACreativeWorkNotAnIri() throws Exception {
        JsonNode page = JSON.readTree(linkedData("Crown copyright, all rights reserved").jsonLd(
                CitationFormatsTest.RECORD, "", Optional.empty(), List.of()));
        assertEquals("{\"@type\":\"CreativeWork\",\"name\":\"Crown copyright, all rights reserved\"}",
                page.path("license").toString());
        JsonNode linked = JSON.readTree(linkedData("https://example.org/licence").jsonLd(CitationFormatsTest.RECORD, "",
                Optional.empty(), List.of()));
        assertEquals("https://example.org/licence", linked.path("license").asText(), "a URL stays as it is");
    }

    @Test
    void whatEndsAScriptStaysInsideTheJson() {
        String text = linkedData("").jsonLd(CitationFormatsTest.RECORD.titled("</script><!--"), "", Optional.empty(),
                List.of());
        assertFalse(text.contains("</script") || text.contains("<!--"), text);
    }
}
