package dossier.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.junit.jupiter.api.Test;

/**
 * The exports of a cited work of each type, as biblatex's data model and RIS have them: the fields
 * each entry type allows, an authorless work as {@code @misc}, an unknown year as "XXXX".
 */
class CitationFormatsWorksTest {
    private static final CSLName MCDERMOTT = new CSLNameBuilder().family("McDermott").given("R. N.").build();

    @Test
    void aJournalArticle() {
        CSLItemData item = new CSLItemDataBuilder().id("art").type(CSLType.ARTICLE_JOURNAL).title("The Rising Dragon").author(MCDERMOTT)
                .containerTitle("China Brief").volume("10").issue("5").page("3-7").issued(2010).language("en").build();
        assertEquals("""
                @article{art,
                  author = {McDermott, R. N.},
                  title = {{The Rising Dragon}},
                  journaltitle = {{China Brief}},
                  volume = {10},
                  number = {5},
                  pages = {3-7},
                  date = {2010},
                  langid = {english}
                }
                """, CitationFormats.bibtex(item));
        assertEquals("""
                TY  - JOUR
                AU  - McDermott, R. N.
                T1  - The Rising Dragon
                JF  - China Brief
                VL  - 10
                IS  - 5
                SP  - 3-7
                Y1  - 2010///
                ER  -\s
                """, CitationFormats.ris(item));
    }

    @Test
    void aNewspaperArticle() {
        CSLItemData item = new CSLItemDataBuilder().id("news").type(CSLType.ARTICLE_NEWSPAPER).title("Talks").author(MCDERMOTT)
                .containerTitle("Daily Times").issued(2009, 2, 21).build();
        assertEquals("""
                @article{news,
                  author = {McDermott, R. N.},
                  title = {{Talks}},
                  entrysubtype = {newspaper},
                  journaltitle = {{Daily Times}},
                  date = {2009-02-21}
                }
                """, CitationFormats.bibtex(item));
        assertEquals("""
                TY  - NEWS
                AU  - McDermott, R. N.
                T1  - Talks
                JF  - Daily Times
                Y1  - 2009/02/21/
                ER  -\s
                """, CitationFormats.ris(item));
    }

    @Test
    void aBook() {
        CSLItemData item = new CSLItemDataBuilder().id("book").type(CSLType.BOOK).title("Mify")
                .author(new CSLNameBuilder().family("Syroezhkin").given("K. L.").build()).publisher("Dajk-Press")
                .publisherPlace("Almaty").volume("2").page("10-20").issued(2003).language("ru").build();
        assertEquals("""
                @book{book,
                  author = {Syroezhkin, K. L.},
                  title = {{Mify}},
                  publisher = {{Dajk-Press}},
                  location = {{Almaty}},
                  volume = {2},
                  pages = {10-20},
                  date = {2003},
                  langid = {russian}
                }
                """, CitationFormats.bibtex(item));
        assertEquals("""
                TY  - BOOK
                AU  - Syroezhkin, K. L.
                T1  - Mify
                VL  - 2
                SP  - 10-20
                PB  - Dajk-Press
                CY  - Almaty
                Y1  - 2003///
                ER  -\s
                """, CitationFormats.ris(item));
    }

    @Test
    void aReport() {
        CSLItemData item = new CSLItemDataBuilder().id("rep").type(CSLType.REPORT).title("Statistics").author(MCDERMOTT).publisher("Eurostat")
                .publisherPlace("Luxembourg").issued(2009, 10).build();
        assertEquals("""
                @report{rep,
                  author = {McDermott, R. N.},
                  title = {{Statistics}},
                  type = {report},
                  institution = {{Eurostat}},
                  location = {{Luxembourg}},
                  date = {2009-10}
                }
                """, CitationFormats.bibtex(item));
        assertEquals("""
                TY  - RPRT
                AU  - McDermott, R. N.
                T1  - Statistics
                PB  - Eurostat
                CY  - Luxembourg
                Y1  - 2009/10//
                ER  -\s
                """, CitationFormats.ris(item));
    }

    @Test
    void anAuthorlessArticleIsMisc() {
        CSLItemData item = new CSLItemDataBuilder().id("misc").type(CSLType.ARTICLE).title("Central Asia Analyst, May 9")
                .containerTitle("Central Asia Analyst").publisher("CACI").publisherPlace("Washington").volume("3").build();
        assertEquals("""
                @misc{misc,
                  title = {{Central Asia Analyst, May 9}},
                  howpublished = {{Central Asia Analyst}},
                  organization = {{CACI}},
                  location = {{Washington}},
                  date = {XXXX}
                }
                """, CitationFormats.bibtex(item));
        assertEquals("""
                TY  - GEN
                T1  - Central Asia Analyst, May 9
                JF  - Central Asia Analyst
                VL  - 3
                PB  - CACI
                CY  - Washington
                ER  -\s
                """, CitationFormats.ris(item));
    }
}
