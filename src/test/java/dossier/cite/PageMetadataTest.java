package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the templates put into a page's head and its "Cite this page" box (the JSON-LD: LinkedDataTest). */
class PageMetadataTest {

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
        expected.put("version", "");
        expected.put("revision", "0123456789ab");
        expected.put("lastChanged", "2024-05-07");
        expected.put("lastChangedSlash", "2024/05/07");
        expected.put("keywords", "trade; energy");
        expected.put("license", "CC-BY-4.0");
        expected.put("bibUrl", "/d/items/alpha/cite.bib");
        expected.put("risUrl", "/d/items/alpha/cite.ris");
        expected.put("jsonUrl", "/d/items/alpha/cite.json");
        assertEquals(expected, PageMetadata.of(c, "/d/items/alpha/"));
        Map<String, Object> undated = PageMetadata.of(CitationFormatsTest.HOME, "/d/");
        assertEquals("", undated.get("lastChanged"));
        assertEquals("", undated.get("lastChangedSlash"));
        assertEquals("", undated.get("keywords"));
    }
}
