package dossier.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import dossier.config.Licences;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The values of a page's head tags that reference managers and Google Scholar read: Highwire
 * {@code citation_*}, Dublin Core and Open Graph. What Zotero saves follows from how its Embedded
 * Metadata translator reads them:
 * <ul>
 * <li>{@code citation_title} alone makes it guess a journal article; {@code og:type} "website" overrides
 *     the guess with a web page, whose website title it takes from {@code og:site_name};</li>
 * <li>{@code DC.type} "Dataset" (the DCMI type) makes a dataset, but only when no {@code og:type} is
 *     there, which it would rank higher: a dataset page has none;</li>
 * <li>it splits a {@code citation_author} at its last space unless the name has a comma, in which case
 *     the part before the comma is the family name: a person is written "Family, Given" (a form Google
 *     Scholar reads too), an organisation "Name," so that the whole name stays one field.</li>
 * <li>on the page of a published work ({@code cites: works}) the tags describe the work:
 *     {@code citation_journal_title} makes a journal article, {@code og:type} "book" a book (with
 *     {@code eprints.place_of_pub} its place), {@code DC.type} one of Zotero's item types for the rest;
 *     no {@code og:type} "website" and no {@code og:site_name}, which would name the dossier as the
 *     work's website.</li>
 * </ul>
 */
public final class MetaTags {
    private MetaTags() {}

    /**
     * @param dataset whether the page is a dataset (a collection or a chart, with downloads)
     */
    public static Map<String, Object> of(Citation c, boolean dataset) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("citationAuthors", c.authors().stream().map(MetaTags::citationAuthor).toList());
        map.put("dcCreators", c.authors().stream().map(MetaTags::dcCreator).toList());
        map.put("dataset", dataset);
        map.put("licenseUrl", Licences.url(c.license()).orElse(""));
        return map;
    }

    /** "Family, Given" for a person, "Name," for an organisation: see the class comment. */
    static String citationAuthor(Citation.Author author) {
        return citationAuthor(CslItems.names(List.of(author))[0]);
    }

    /** Dublin Core's creator: a person inverted, an organisation by its name. */
    static String dcCreator(Citation.Author author) {
        if (!author.isPerson()) {
            return author.name();
        }
        return author.given().isEmpty() ? author.family() : author.family() + ", " + author.given();
    }


    /**
     * The head tags of the page of a published work: its title, authors, date, publication, volume,
     * issue, pages, publisher, place, language and URL, as far as the work gives them.
     */
    public static Map<String, Object> ofWork(CSLItemData work) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", Objects.toString(work.getTitle(), ""));
        List<CSLName> authors = work.getAuthor() == null ? List.of() : Arrays.asList(work.getAuthor());
        map.put("citationAuthors", authors.stream().map(MetaTags::citationAuthor).toList());
        map.put("date", Optional.ofNullable(work.getIssued()).map(MetaTags::date).orElse(""));
        boolean article = work.getType() == CSLType.ARTICLE_JOURNAL || work.getType() == CSLType.ARTICLE
                || work.getType() == CSLType.ARTICLE_MAGAZINE || work.getType() == CSLType.ARTICLE_NEWSPAPER;
        map.put("journalTitle", article ? Objects.toString(work.getContainerTitle(), "") : "");
        map.put("ogType", work.getType() == CSLType.BOOK ? "book" : "");
        map.put("zoteroType", zoteroType(work.getType()));
        map.put("volume", Objects.toString(work.getVolume(), ""));
        map.put("issue", Objects.toString(work.getIssue(), ""));
        String[] pages = Objects.toString(work.getPage(), "").split("[-\u2013]", 2);
        map.put("firstPage", pages[0].strip());
        map.put("lastPage", pages.length > 1 ? pages[1].strip() : "");
        map.put("publisher", Objects.toString(work.getPublisher(), ""));
        map.put("place", Objects.toString(work.getPublisherPlace(), ""));
        map.put("language", Objects.toString(work.getLanguage(), ""));
        map.put("url", Objects.toString(work.getURL(), ""));
        return map;
    }

    /**
     * Zotero's item type, which its translator takes from {@code DC.type} when no {@code og:type} or
     * journal title says otherwise; the CSL types a {@code cites: works} record can have.
     */
    private static String zoteroType(CSLType type) {
        return switch (type) {
            case BOOK -> "book";
            case ARTICLE_JOURNAL, ARTICLE -> "journalArticle";
            case ARTICLE_MAGAZINE -> "magazineArticle";
            case ARTICLE_NEWSPAPER -> "newspaperArticle";
            case WEBPAGE -> "webpage";
            case REPORT -> "report";
            default -> "document";
        };
    }

    /** A CSL name as {@code citation_author} has it: "Family, Given", or "Name," for one literal name. */
    private static String citationAuthor(CSLName name) {
        if (name.getFamily() == null) {
            return Objects.toString(name.getLiteral(), "") + ",";
        }
        return name.getGiven() == null || name.getGiven().isEmpty() ? name.getFamily() + ","
                : name.getFamily() + ", " + name.getGiven();
    }

    /** Highwire's "yyyy/mm/dd" (or fewer parts) where the date has parts, else the words as written. */
    private static String date(CSLDate date) {
        if (date.getDateParts() != null && date.getDateParts().length > 0) {
            return Arrays.stream(date.getDateParts()[0]).mapToObj(part -> String.format("%02d", part))
                    .collect(Collectors.joining("/"));
        }
        return Objects.toString(date.getLiteral(), Objects.toString(date.getRaw(), ""));
    }
}
