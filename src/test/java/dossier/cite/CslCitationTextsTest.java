package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.config.SiteConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The panel's texts exactly as citeproc-java renders them with the official styles: people and an
 * organisation as authors (an organisation is never split into a person), an undated page whose
 * access date the reader's browser fills in, a dataset. The HTML holds no inline style.
 */
class CslCitationTextsTest {
    private static final CitationStyles STYLES = new CitationStyles(SiteConfig.DEFAULT_STYLES, "en");

    private static List<String> texts(Citation c) {
        return STYLES.render(CslItems.entry(c)).stream().map(t -> t.id() + " | " + t.title() + " | " + t.html())
                .toList();
    }

    @Test
    void peopleAndAnOrganisation() {
        assertEquals(List.of(
                "chicago-author-date | Chicago Manual of Style 17th edition (author-date) | Doe, Jane, John"
                        + " Roe, and Steppe Research Group. 2024. “Alpha.” A Dossier. Steppe Press. May 7, 2024."
                        + " https://example.org/d/items/alpha/.",
                "apa | APA | Doe, J., Roe, J., &amp; Steppe Research Group. (2024, May 7). <i>Alpha</i>. A"
                        + " Dossier; Steppe Press. https://example.org/d/items/alpha/",
                "modern-language-association | MLA | Doe, Jane, et al. “Alpha.” <i>A Dossier</i>, 0123456789ab,"
                        + " Steppe Press, 7 May 2024, https://example.org/d/items/alpha/."), texts(CitationFormatsTest.RECORD));
    }

    @Test
    void anUndatedPageAsksForTheAccessDateInEachStylesForm() {
        assertEquals(List.of(
                "chicago-author-date | Chicago Manual of Style 17th edition (author-date) | Editors Inc. n.d."
                        + " “Home.” A Dossier. Accessed <span class=\"cite-accessed\" data-template=\"{m} {d}, {y}\""
                        + " data-months=\"January|February|March|April|May|June|July|August|September|October|November|Dec"
                        + "ember\">[the date you read this]</span>. https://example.org/d/.",
                "apa | APA | Editors Inc. (n.d.). <i>Home</i>. A Dossier. Retrieved <span"
                        + " class=\"cite-accessed\" data-template=\"{m} {d}, {y}\""
                        + " data-months=\"January|February|March|April|May|June|July|August|September|October|November|Dec"
                        + "ember\">[the date you read this]</span>, from https://example.org/d/",
                "modern-language-association | MLA | Editors Inc. “Home.” <i>A Dossier</i>, ba9876543210,"
                        + " https://example.org/d/. Accessed <span class=\"cite-accessed\" data-template=\"{d} {m} {y}\""
                        + " data-months=\"Jan.|Feb.|Mar.|Apr.|May|June|July|Aug.|Sept.|Oct.|Nov.|Dec.\">[the date you"
                        + " read this]</span>."), texts(CitationFormatsTest.HOME));
    }

    @Test
    void aCollectionIsADataset() {
        assertEquals(List.of(
                "chicago-author-date | Chicago Manual of Style 17th edition (author-date) | Steppe Research"
                        + " Group. 2023. “Trade.” <i>A Dossier</i>. Steppe Press. https://example.org/d/trade/.",
                "apa | APA | Steppe Research Group. (2023). Trade [Dataset]. In <i>A Dossier</i> (Version"
                        + " ba9876543210). Steppe Press. https://example.org/d/trade/",
                "modern-language-association | MLA | Steppe Research Group. “Trade.” <i>A Dossier</i>,"
                        + " ba9876543210, Steppe Press, 1 Dec. 2023, https://example.org/d/trade/."), texts(CitationFormatsTest.DATASET));
    }

    @Test
    void theLocaleIsTheNearestTheStylesHave() {
        assertEquals("en-US", CitationStyles.locale("en"));
        assertEquals("en-GB", CitationStyles.locale("en-GB"));
        assertEquals("de-DE", CitationStyles.locale("de"));
        assertEquals("pt-PT", CitationStyles.locale("pt"));
        assertEquals("en-US", CitationStyles.locale("tlh"));
    }
}
