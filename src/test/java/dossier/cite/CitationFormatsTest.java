package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.link.PageKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every citation text and file, exactly as a reader copies it or a reference manager imports it:
 * for people and an organisation as authors, with and without a date and keywords.
 */
class CitationFormatsTest {
    private static final Citation.Author JANE = new Citation.Author("Jane Doe", "Doe", "Jane");
    private static final Citation.Author JOHN = new Citation.Author("John Roe", "Roe", "John");
    private static final Citation.Author GROUP = new Citation.Author("Steppe Research Group", "", "");

    /** A record with two people and an organisation as authors, changed on a day in May. */
    static final Citation RECORD = new Citation("dossier-items-alpha", "Alpha", List.of(JANE, JOHN, GROUP),
            "A Dossier", "Steppe Press", "en", "https://example.org/d/items/alpha/",
            Optional.of(LocalDate.of(2024, 5, 7)), "0123456789ab", PageKind.RECORD, List.of("trade", "energy"), "CC-BY-4.0");
    /** The home page by an organisation whose name ends in a full stop, with no known date. */
    static final Citation HOME = new Citation("dossier-home", "Home", List.of(new Citation.Author("Editors Inc.", "", "")),
            "A Dossier", "A Dossier", "en", "https://example.org/d/", Optional.empty(), "ba9876543210", PageKind.HOME,
            List.of(), "");
    /** A page with no author. */
    static final Citation ANONYMOUS = new Citation("dossier-about", "About", List.of(), "A Dossier", "A Dossier", "en",
            "https://example.org/d/about/", Optional.of(LocalDate.of(2023, 12, 1)), "ba9876543210", PageKind.PAGE, List.of(),
            "");
    /** One person, in the fourth month. */
    static final Citation SINGLE = new Citation("dossier-notes-one", "One", List.of(JANE), "A Dossier",
            "Steppe Press", "kk", "https://example.org/d/notes/one/", Optional.of(LocalDate.of(2022, 4, 30)),
            "00000000000f", PageKind.PAGE, List.of("aid"), "");

    @Test
    void bibtexEscapesWhatLatexWouldRead() {
        assertEquals("Research \\& Policy", CitationFormats.tex("Research & Policy"));
        assertEquals("plain words", CitationFormats.tex("plain words"));
    }

    /** A collection page by an organisation: a dataset. */
    static final Citation DATASET = new Citation("dossier-trade", "Trade", List.of(GROUP), "A Dossier", "Steppe Press",
            "en", "https://example.org/d/trade/", Optional.of(LocalDate.of(2023, 12, 1)), "ba9876543210", PageKind.COLLECTION,
            List.of(), "");

    @Test
    void bibtex() {
        assertEquals("""
                @online{dossier-items-alpha,
                  author = {Doe, Jane and Roe, John and {Steppe Research Group}},
                  title = {{Alpha}},
                  organization = {{A Dossier} and {Steppe Press}},
                  date = {2024-05-07},
                  url = {https://example.org/d/items/alpha/},
                  version = {0123456789ab},
                  langid = {english},
                  keywords = {trade, energy}
                }
                """, CitationFormats.bibtex(CslItems.entry(RECORD)));
        assertEquals("""
                @online{dossier-home,
                  author = {{Editors Inc.}},
                  title = {{Home}},
                  organization = {{A Dossier}},
                  date = {XXXX},
                  url = {https://example.org/d/},
                  version = {ba9876543210},
                  langid = {english}
                }
                """, CitationFormats.bibtex(CslItems.entry(HOME)));
        assertEquals("""
                @dataset{dossier-trade,
                  author = {{Steppe Research Group}},
                  title = {{Trade}},
                  organization = {{A Dossier} and {Steppe Press}},
                  date = {2023-12-01},
                  url = {https://example.org/d/trade/},
                  version = {ba9876543210},
                  langid = {english}
                }
                """, CitationFormats.bibtex(CslItems.entry(DATASET)));
    }

    @Test
    void ris() {
        assertEquals("""
                TY  - ELEC
                AU  - Doe, Jane
                AU  - Roe, John
                AU  - Steppe Research Group
                T1  - Alpha
                T2  - A Dossier
                PB  - Steppe Press
                Y1  - 2024/05/07/
                UR  - https://example.org/d/items/alpha/
                KW  - trade
                KW  - energy
                N1  - Revision 0123456789ab
                ER  -\s
                """, CitationFormats.ris(CslItems.entry(RECORD)));
        assertEquals("""
                TY  - ELEC
                AU  - Editors Inc.
                T1  - Home
                T2  - A Dossier
                UR  - https://example.org/d/
                N1  - Revision ba9876543210
                ER  -\s
                """, CitationFormats.ris(CslItems.entry(HOME)));
        assertEquals("""
                TY  - DATA
                AU  - Steppe Research Group
                T1  - Trade
                T2  - A Dossier
                PB  - Steppe Press
                Y1  - 2023/12/01/
                UR  - https://example.org/d/trade/
                N1  - Revision ba9876543210
                ER  -\s
                """, CitationFormats.ris(CslItems.entry(DATASET)));
    }

    @Test
    void cslJson() {
        assertEquals("""
                [ {
                  "id" : "dossier-items-alpha",
                  "type" : "webpage",
                  "language" : "en",
                  "author" : [ {
                    "family" : "Doe",
                    "given" : "Jane"
                  }, {
                    "family" : "Roe",
                    "given" : "John"
                  }, {
                    "literal" : "Steppe Research Group"
                  } ],
                  "issued" : {
                    "date-parts" : [ [ 2024, 5, 7 ] ]
                  },
                  "container-title" : "A Dossier",
                  "keyword" : "trade, energy",
                  "publisher" : "Steppe Press",
                  "title" : "Alpha",
                  "URL" : "https://example.org/d/items/alpha/",
                  "version" : "0123456789ab"
                } ]
                """, CitationFormats.cslJson(CslItems.entry(RECORD)));
        assertEquals("""
                [ {
                  "id" : "dossier-home",
                  "type" : "webpage",
                  "language" : "en",
                  "author" : [ {
                    "literal" : "Editors Inc."
                  } ],
                  "container-title" : "A Dossier",
                  "title" : "Home",
                  "URL" : "https://example.org/d/",
                  "version" : "ba9876543210"
                } ]
                """, CitationFormats.cslJson(CslItems.entry(HOME)));
        assertEquals("""
                [ {
                  "id" : "dossier-trade",
                  "type" : "dataset",
                  "language" : "en",
                  "author" : [ {
                    "literal" : "Steppe Research Group"
                  } ],
                  "issued" : {
                    "date-parts" : [ [ 2023, 12, 1 ] ]
                  },
                  "container-title" : "A Dossier",
                  "publisher" : "Steppe Press",
                  "title" : "Trade",
                  "URL" : "https://example.org/d/trade/",
                  "version" : "ba9876543210"
                } ]
                """, CitationFormats.cslJson(CslItems.entry(DATASET)));
    }

    @Test
    void anOrganisationIsNoPerson() {
        assertTrue(JANE.isPerson());
        assertFalse(GROUP.isPerson());
    }

    @Test
    void aCitationTakesThePageTitleKeepingTheRest() {
        Citation titled = RECORD.titled("Alpha, the record");
        assertEquals("Alpha, the record", titled.title());
        assertEquals(new Citation(RECORD.key(), "Alpha, the record", RECORD.authors(), RECORD.container(),
                RECORD.publisher(), RECORD.language(), RECORD.permalink(), RECORD.lastChanged(), RECORD.revision(),
                RECORD.kind(), RECORD.keywords(), RECORD.license()), titled);
    }

    @Test
    void aVersionedCitationGivesTheVersionUrlAndThePermalinkBesideIt() {
        Citation versioned = new Citation(RECORD.key(), RECORD.title(), RECORD.authors(), RECORD.container(),
                RECORD.publisher(), RECORD.language(), RECORD.permalink(), RECORD.lastChanged(), RECORD.revision(),
                RECORD.kind(), RECORD.keywords(), RECORD.license(), "https://example.org/d/items/alpha/v/0123456789ab/");
        var item = CslItems.entry(versioned);
        assertEquals("https://example.org/d/items/alpha/v/0123456789ab/", item.getURL());
        assertEquals("Permalink (latest revision): https://example.org/d/items/alpha/", item.getNote());
        assertTrue(CitationFormats.bibtex(item).contains("url = {https://example.org/d/items/alpha/v/0123456789ab/}"));
        assertTrue(CitationFormats.ris(item).contains("UR  - https://example.org/d/items/alpha/v/0123456789ab/"));
        assertEquals("dossier-items-alpha-0123456789ab", versioned.ofVersion(java.util.Optional.empty()).key(),
                "two versions cited in one bibliography have keys of their own");
        assertEquals(RECORD.permalink(), CslItems.entry(RECORD).getURL(), "unversioned: the permalink");
    }
}
