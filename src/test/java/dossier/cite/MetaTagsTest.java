package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
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

    @Test
    void aWorksPageDescribesTheWorkItself() {
        CSLItemData article = new CSLItemDataBuilder().id("a").type(CSLType.ARTICLE_JOURNAL).title("Rising Dragon")
                .author(new CSLNameBuilder().family("McDermott").given("R. N.").build(),
                        new CSLNameBuilder().literal("Jamestown Analysts").build())
                .containerTitle("China Brief").volume("10").issue("5").page("3\u20137").publisher("Jamestown Foundation")
                .issued(2010, 3, 4).language("en").URL("https://example.org/brief").build();
        Map<String, Object> tags = MetaTags.ofWork(article);
        assertEquals("Rising Dragon", tags.get("title"));
        assertEquals(List.of("McDermott, R. N.", "Jamestown Analysts,"), tags.get("citationAuthors"));
        assertEquals("2010/03/04", tags.get("date"));
        assertEquals("China Brief", tags.get("journalTitle"));
        assertEquals("journalArticle", tags.get("zoteroType"));
        assertEquals("", tags.get("ogType"));
        assertEquals("3", tags.get("firstPage"));
        assertEquals("7", tags.get("lastPage"));
        assertEquals("10", tags.get("volume"));
        assertEquals("5", tags.get("issue"));
        assertEquals("Jamestown Foundation", tags.get("publisher"));
        assertEquals("https://example.org/brief", tags.get("url"));

        CSLItemData book = new CSLItemDataBuilder().id("b").type(CSLType.BOOK).title("Mify")
                .author(new CSLNameBuilder().family("Syroezhkin").given("K. L.").build()).publisher("Dajk-Press")
                .publisherPlace("Almaty").issued(2003).language("ru").build();
        Map<String, Object> bookTags = MetaTags.ofWork(book);
        assertEquals("book", bookTags.get("ogType"));
        assertEquals("book", bookTags.get("zoteroType"));
        assertEquals("", bookTags.get("journalTitle"), "a book has no journal");
        assertEquals("Almaty", bookTags.get("place"));
        assertEquals("2003", bookTags.get("date"));
        assertEquals("", bookTags.get("firstPage"));
        assertEquals("", bookTags.get("lastPage"));

        CSLItemData undated = new CSLItemDataBuilder().id("c").type(CSLType.DOCUMENT).title("Statistics")
                .issued(new de.undercouch.citeproc.csl.CSLDateBuilder().literal("spring 2009").build()).build();
        Map<String, Object> undatedTags = MetaTags.ofWork(undated);
        assertEquals("document", undatedTags.get("zoteroType"));
        assertEquals("spring 2009", undatedTags.get("date"), "words that are no date are kept as written");
        assertEquals(List.of(), undatedTags.get("citationAuthors"));
        assertEquals("", MetaTags.ofWork(new CSLItemDataBuilder().id("d").type(CSLType.DOCUMENT).build()).get("date"));
    }
}
