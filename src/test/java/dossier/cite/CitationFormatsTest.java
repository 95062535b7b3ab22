package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            Optional.of(LocalDate.of(2024, 5, 7)), "0123456789ab", "record", List.of("trade", "energy"), "CC-BY-4.0");
    /** The home page by an organisation whose name ends in a full stop, with no known date. */
    static final Citation HOME = new Citation("dossier-home", "Home", List.of(new Citation.Author("Editors Inc.", "", "")),
            "A Dossier", "A Dossier", "en", "https://example.org/d/", Optional.empty(), "ba9876543210", "home",
            List.of(), "");
    /** A page with no author. */
    static final Citation ANONYMOUS = new Citation("dossier-about", "About", List.of(), "A Dossier", "A Dossier", "en",
            "https://example.org/d/about/", Optional.of(LocalDate.of(2023, 12, 1)), "ba9876543210", "page", List.of(),
            "");
    /** One person, in the fourth month. */
    static final Citation SINGLE = new Citation("dossier-notes-one", "One", List.of(JANE), "A Dossier",
            "Steppe Press", "kk", "https://example.org/d/notes/one/", Optional.of(LocalDate.of(2022, 4, 30)),
            "00000000000f", "page", List.of("aid"), "");

    @Test
    void chicago() {
        assertEquals("Doe, Jane, Roe, John, and Steppe Research Group. \"Alpha.\" A Dossier. Steppe Press. "
                + "Last modified May 7, 2024. Revision 0123456789ab. https://example.org/d/items/alpha/.",
                CitationFormats.chicago(RECORD));
        assertEquals("Editors Inc. \"Home.\" A Dossier. A Dossier. Revision ba9876543210. https://example.org/d/.",
                CitationFormats.chicago(HOME));
        assertEquals("\"About.\" A Dossier. A Dossier. Last modified December 1, 2023. Revision ba9876543210. "
                + "https://example.org/d/about/.", CitationFormats.chicago(ANONYMOUS));
        assertEquals("Doe, Jane. \"One.\" A Dossier. Steppe Press. Last modified April 30, 2022. Revision "
                + "00000000000f. https://example.org/d/notes/one/.", CitationFormats.chicago(SINGLE));
    }

    @Test
    void apa() {
        assertEquals("Doe, Jane, Roe, John, & Steppe Research Group. (2024, May 7). Alpha. In A Dossier. Steppe Press. "
                + "Revision 0123456789ab. https://example.org/d/items/alpha/", CitationFormats.apa(RECORD));
        assertEquals("Editors Inc. (n.d.). Home. In A Dossier. A Dossier. Revision ba9876543210. https://example.org/d/",
                CitationFormats.apa(HOME));
        assertEquals("About. (2023, December 1). In A Dossier. A Dossier. Revision ba9876543210. "
                + "https://example.org/d/about/", CitationFormats.apa(ANONYMOUS), "without an author the title leads");
    }

    @Test
    void mla() {
        assertEquals("Doe, Jane, Roe, John, and Steppe Research Group. \"Alpha.\" A Dossier, Steppe Press, 7 May 2024, "
                + "https://example.org/d/items/alpha/. Revision 0123456789ab.", CitationFormats.mla(RECORD),
                "May is not abbreviated, so it takes no full stop");
        assertEquals("Editors Inc. \"Home.\" A Dossier, A Dossier, https://example.org/d/. Revision ba9876543210.",
                CitationFormats.mla(HOME));
        assertEquals("\"About.\" A Dossier, A Dossier, 1 Dec. 2023, https://example.org/d/about/. Revision "
                + "ba9876543210.", CitationFormats.mla(ANONYMOUS));
    }

    @Test
    void bibtex() {
        assertEquals("""
                @online{dossier-items-alpha,
                  author = {Doe, Jane and Roe, John and {Steppe Research Group}},
                  title = {{Alpha}},
                  url = {https://example.org/d/items/alpha/},
                  publisher = {Steppe Press},
                  year = {2024},
                  month = {may},
                  date = {2024-05-07},
                  language = {en},
                  note = {A Dossier. Revision 0123456789ab, last changed 2024-05-07}
                }
                """, CitationFormats.bibtex(RECORD));
        assertEquals("""
                @online{dossier-home,
                  author = {{Editors Inc.}},
                  title = {{Home}},
                  url = {https://example.org/d/},
                  publisher = {A Dossier},
                  language = {en},
                  note = {A Dossier. Revision ba9876543210}
                }
                """, CitationFormats.bibtex(HOME));
        assertEquals("""
                @online{dossier-about,
                  title = {{About}},
                  url = {https://example.org/d/about/},
                  publisher = {A Dossier},
                  year = {2023},
                  month = {dec},
                  date = {2023-12-01},
                  language = {en},
                  note = {A Dossier. Revision ba9876543210, last changed 2023-12-01}
                }
                """, CitationFormats.bibtex(ANONYMOUS), "no author field without authors");
    }

    @Test
    void bibtexEscapesWhatLatexWouldRead() {
        assertEquals("Research \\& Policy", CitationFormats.tex("Research & Policy"));
        assertEquals("plain words", CitationFormats.tex("plain words"));
    }

    @Test
    void ris() {
        assertEquals("""
                TY  - ELEC
                AU  - Doe, Jane
                AU  - Roe, John
                AU  - Steppe Research Group
                TI  - Alpha
                T2  - A Dossier
                PB  - Steppe Press
                PY  - 2024
                DA  - 2024/05/07
                UR  - https://example.org/d/items/alpha/
                LA  - en
                ET  - Revision 0123456789ab
                KW  - trade
                KW  - energy
                ER  - \n""", CitationFormats.ris(RECORD));
        assertEquals("""
                TY  - ELEC
                AU  - Editors Inc.
                TI  - Home
                T2  - A Dossier
                PB  - A Dossier
                UR  - https://example.org/d/
                LA  - en
                ET  - Revision ba9876543210
                ER  - \n""", CitationFormats.ris(HOME));
    }

    @Test
    void cslJson() {
        assertEquals("""
                [ {
                  "id" : "dossier-items-alpha",
                  "type" : "webpage",
                  "title" : "Alpha",
                  "author" : [ {
                    "family" : "Doe",
                    "given" : "Jane"
                  }, {
                    "family" : "Roe",
                    "given" : "John"
                  }, {
                    "literal" : "Steppe Research Group"
                  } ],
                  "container-title" : "A Dossier",
                  "publisher" : "Steppe Press",
                  "URL" : "https://example.org/d/items/alpha/",
                  "language" : "en",
                  "version" : "0123456789ab",
                  "issued" : {
                    "date-parts" : [ [ 2024, 5, 7 ] ]
                  },
                  "keyword" : "trade, energy"
                } ]
                """, CitationFormats.cslJson(RECORD));
        assertEquals("""
                [ {
                  "id" : "dossier-home",
                  "type" : "webpage",
                  "title" : "Home",
                  "author" : [ {
                    "literal" : "Editors Inc."
                  } ],
                  "container-title" : "A Dossier",
                  "publisher" : "A Dossier",
                  "URL" : "https://example.org/d/",
                  "language" : "en",
                  "version" : "ba9876543210"
                } ]
                """, CitationFormats.cslJson(HOME));
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
}
