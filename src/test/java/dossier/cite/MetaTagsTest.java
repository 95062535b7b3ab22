package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The head-tag values Zotero and Google Scholar read: people inverted, an organisation as one name. */
class MetaTagsTest {

    @Test
    void peopleAreFamilyCommaGivenAndAnOrganisationKeepsItsWholeName() {
        Map<String, Object> tags = MetaTags.of(CitationFormatsTest.RECORD, false);
        assertEquals(List.of("Doe, Jane", "Roe, John", "Steppe Research Group,"), tags.get("citationAuthors"));
        assertEquals(List.of("Doe, Jane", "Roe, John", "Steppe Research Group"), tags.get("dcCreators"));
        assertEquals(false, tags.get("dataset"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", tags.get("licenseUrl"));
    }

    @Test
    void aPersonWithOnlyAFamilyNameAndAPageWithoutLicence() {
        assertEquals("Herodotus,", MetaTags.citationAuthor(new Citation.Author("Herodotus", "Herodotus", "")));
        Map<String, Object> tags = MetaTags.of(CitationFormatsTest.HOME, true);
        assertEquals(List.of("Editors Inc.,"), tags.get("citationAuthors"));
        assertEquals(true, tags.get("dataset"));
        assertEquals("", tags.get("licenseUrl"));
    }
}
